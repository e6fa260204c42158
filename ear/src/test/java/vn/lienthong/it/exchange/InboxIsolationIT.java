package vn.lienthong.it.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Packages;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/** An agency sees its own inbox and its own sent documents, never another agency's. */
class InboxIsolationIT {

    private final AgencyClient sender = Hub.as("000.00.00.G09");
    private final AgencyClient agencyB = Hub.as("000.00.02.H41");
    private final AgencyClient agencyC = Hub.as("000.00.03.H41");

    @Test
    void agencyBCannotReadOrConfirmAgencyCsDocument() {
        Packages.Document document = Packages.document(sender.code(), agencyC.code());
        String id = sender.send(document.xml());
        agencyC.awaitInInbox(id);

        assertRefused(agencyB.fetch(id), 403, "NOT_YOURS");
        assertRefused(agencyB.acknowledge(id, "done", null), 403, "NOT_YOURS");
        assertThat(agencyB.inboxItem(id)).isEmpty();
        assertThat(agencyC.inboxItem(id)).hasValueSatisfying(i -> assertThat(i.getString("state")).isEqualTo("DELIVERED"));
    }

    @Test
    void onlyTheSenderSeesWhereItsDocumentStands() {
        String id = sender.send(Packages.document(sender.code(), agencyC.code()).xml());

        assertRefused(agencyB.get("/api/v1/sent/" + id), 403, "NOT_YOURS");
        assertRefused(agencyC.get("/api/v1/sent/" + id), 403, "NOT_YOURS");
        assertThat(agencyB.get("/api/v1/sent?limit=500").text()).doesNotContain(id);
    }
}
