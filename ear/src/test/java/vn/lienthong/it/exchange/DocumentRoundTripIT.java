package vn.lienthong.it.exchange;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A document crosses the axis from one agency to another, and statuses come back to the sender. */
class DocumentRoundTripIT {

    private final AgencyClient governmentOffice = Hub.as("000.00.00.G22");
    private final AgencyClient province = Hub.as("000.00.00.H41");

    @Test
    void aDocumentTravelsFromSenderToRecipientAndItsStatusesComeBackInOrder() throws Exception {
        Packages.Document document = Packages.document(governmentOffice.code(), province.code());
        byte[] sentBytes = document.xml().getBytes(StandardCharsets.UTF_8);

        HubResponse accepted = governmentOffice.postXml("/api/v1/documents", sentBytes);
        assertThat(accepted.status()).isEqualTo(201);
        String id = accepted.json().getString("documentId");
        assertThat(accepted.header("Location")).endsWith("/api/v1/sent/" + id);
        assertThat(accepted.json().getString("edxmlDocumentId")).isEqualTo(document.edxmlId());
        assertThat(accepted.json().getJsonArray("recipients").getString(0)).isEqualTo(province.code());

        JsonObject waiting = province.awaitInInbox(id);
        assertThat(waiting.getString("state")).isEqualTo("DELIVERED");
        assertThat(waiting.getString("sender")).isEqualTo(governmentOffice.code());
        assertThat(waiting.getString("senderName")).isEqualTo("Văn phòng Chính phủ");
        assertThat(waiting.getString("codeNumber")).isEqualTo(document.number());

        HubResponse fetched = province.fetch(id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body()).as("the package byte for byte").isEqualTo(sentBytes);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(sentBytes);
        assertThat(fetched.header("ETag")).isEqualTo("\"" + HexFormat.of().formatHex(digest) + "\"");
        assertThat(fetched.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":");

        HubResponse confirmed = province.acknowledge(id, "done", null);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().getString("state")).isEqualTo("FETCHED");

        for (String code : List.of("01", "03", "06")) {
            HubResponse reported = province.report(document.status(province.code(), code, "Trạng thái " + code));
            assertThat(reported.status()).as("status %s answered %s", code, reported).isEqualTo(201);
            assertThat(reported.json().getString("documentId")).isEqualTo(id);
        }

        JsonObject sent = governmentOffice.sent(id);
        JsonObject recipient = sent.getJsonArray("recipients").getJsonObject(0);
        assertThat(recipient.getString("code")).isEqualTo(province.code());
        assertThat(recipient.getString("state")).isEqualTo("FETCHED");
        assertThat(recipient.getString("fetchedAt")).isNotBlank();
        List<JsonObject> statuses = recipient.getJsonArray("statuses").getValuesAs(JsonObject.class);
        assertThat(statuses).extracting(s -> s.getString("code")).containsExactly("01", "03", "06");
        assertThat(statuses).allSatisfy(s -> {
            assertThat(s.getString("receivedAt")).isNotBlank();
            assertThat(s.getString("reportedAt")).isNotBlank();
        });
        assertThat(statuses.get(2).getString("meaningVi")).isEqualTo("đã hoàn thành");
    }

    @Test
    void aFetchedDocumentLeavesTheWaitingListButStaysFetchable() {
        Packages.Document document = Packages.document(governmentOffice.code(), province.code());
        String id = governmentOffice.send(document.xml());
        province.awaitInInbox(id);

        province.acknowledge(id, "done", null);

        HubResponse waiting = province.get("/api/v1/inbox?limit=500");
        assertThat(waiting.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("documentId")).doesNotContain(id);
        assertThat(province.fetch(id).status()).isEqualTo(200);
    }

    @Test
    void aFailedFetchKeepsTheDocumentWaitingAndTellsTheSenderWhy() {
        Packages.Document document = Packages.document(governmentOffice.code(), province.code());
        String id = governmentOffice.send(document.xml());
        province.awaitInInbox(id);

        HubResponse failed = province.acknowledge(id, "failed", "Phần mềm quản lý văn bản hết dung lượng");
        assertThat(failed.json().getString("state")).isEqualTo("DELIVERED");

        assertThat(province.inboxItem(id)).hasValueSatisfying(i -> assertThat(i.getInt("fetchFailures")).isEqualTo(1));
        JsonObject recipient = governmentOffice.sent(id).getJsonArray("recipients").getJsonObject(0);
        assertThat(recipient.getString("lastFailureReason")).isEqualTo("Phần mềm quản lý văn bản hết dung lượng");
        assertThat(recipient.getInt("fetchFailures")).isEqualTo(1);
    }

    @Test
    void theSenderFindsItsDocumentInItsSentList() {
        String id = governmentOffice.send(Packages.document(governmentOffice.code(), province.code()).xml());

        HubResponse list = governmentOffice.get("/api/v1/sent?limit=10");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("documentId")).contains(id);
    }
}
