package vn.lienthong.it.exchange;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Packages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One document sent to several agencies reaches each of them once, and the sender follows each. */
class SeveralRecipientsIT {

    private final AgencyClient department = Hub.as("000.00.02.H20");
    private final List<AgencyClient> recipients = List.of(
            Hub.as("000.00.31.H20"), Hub.as("000.00.36.H20"), Hub.as("000.01.31.H20"));

    @Test
    void eachOfThreeRecipientsGetsTheDocumentAndTheSenderSeesEachState() {
        Packages.Document document = Packages.document(department.code(),
                recipients.stream().map(AgencyClient::code).toArray(String[]::new));
        String id = department.send(document.xml());

        for (AgencyClient recipient : recipients) {
            assertThat(recipient.awaitInInbox(id).getString("state")).isEqualTo("DELIVERED");
            assertThat(recipient.fetch(id).text()).isEqualTo(document.xml());
        }
        recipients.get(0).acknowledge(id, "done", null);
        recipients.get(1).report(document.status(recipients.get(1).code(), "02", "Không thuộc thẩm quyền xử lý"));

        JsonObject sent = department.sent(id);
        List<JsonObject> seen = sent.getJsonArray("recipients").getValuesAs(JsonObject.class);
        assertThat(seen).extracting(r -> r.getString("code"))
                .containsExactlyInAnyOrderElementsOf(recipients.stream().map(AgencyClient::code).toList());
        JsonObject first = byCode(seen, recipients.get(0).code());
        JsonObject second = byCode(seen, recipients.get(1).code());
        JsonObject third = byCode(seen, recipients.get(2).code());
        assertThat(first.getString("state")).isEqualTo("FETCHED");
        assertThat(second.getString("state")).isEqualTo("DELIVERED");
        assertThat(second.getJsonArray("statuses").getJsonObject(0).getString("code")).isEqualTo("02");
        assertThat(second.getJsonArray("statuses").getJsonObject(0).getString("description"))
                .isEqualTo("Không thuộc thẩm quyền xử lý");
        assertThat(third.getJsonArray("statuses")).isEmpty();
    }

    @Test
    void aRecipientNamedTwiceReceivesTheDocumentOnce() {
        AgencyClient commune = recipients.get(2);
        String id = department.send(Packages.document(department.code(), commune.code(), commune.code()).xml());

        commune.awaitInInbox(id);

        assertThat(department.sent(id).getJsonArray("recipients")).hasSize(1);
    }

    private static JsonObject byCode(List<JsonObject> recipients, String code) {
        return recipients.stream().filter(r -> r.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
