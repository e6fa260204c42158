package vn.lienthong.it.outage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.ProductionServices;
import vn.lienthong.it.support.PushReceiver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database or the broker of the production configuration goes away while agencies send: the
 * hub refuses with 503 and Retry-After and stores nothing it refused; what it accepted is
 * delivered once the service is back, without anyone restarting the hub.
 */
@Tag("production-configuration")
class OutageIT {

    private static final String WORK = System.getProperty("prod.services.work");

    private final AgencyClient sender = Hub.as("000.00.36.H41");
    private final AgencyClient recipient = Hub.as("000.01.36.H41");

    @AfterEach
    void everythingRunsAgain() {
        ProductionServices.run("broker-start", WORK, System.getProperty("prod.broker.port"));
        ProductionServices.run("db-start", WORK, System.getProperty("prod.db.port"));
    }

    @Test
    void whileTheBrokerIsDownSubmissionsAreRefusedWith503AndWhatWasAcceptedArrivesWhenItIsBack() {
        ProductionServices.run("broker-stop", WORK);

        List<String> accepted = new ArrayList<>();
        List<Packages.Document> refused = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Packages.Document document = Packages.document(sender.code(), recipient.code());
            HubResponse response = sender.postXml("/api/v1/documents", document.xml().getBytes(StandardCharsets.UTF_8));
            if (response.status() == 201) {
                // durable before the hub noticed the broker was gone: must still arrive
                accepted.add(response.json().getString("documentId"));
            } else {
                assertUnavailable(response);
                refused.add(document);
            }
        }
        assertThat(refused).as("once the hub knows the broker is away it refuses").isNotEmpty();

        ProductionServices.run("broker-start", WORK, System.getProperty("prod.broker.port"));
        Packages.Document after = Packages.document(sender.code(), recipient.code());
        accepted.add(sendUntilAccepted(after));

        for (String id : accepted) {
            assertThat(recipient.awaitInInbox(id).getString("state")).isEqualTo("DELIVERED");
        }
        for (Packages.Document document : refused) {
            assertThat(sender.get("/api/v1/sent?limit=500").text()).as("a refused document is not stored")
                    .doesNotContain(document.edxmlId());
        }
    }

    @Test
    void whileTheDatabaseIsDownEveryRequestIsRefusedWith503AndTheHubRecoversByItself() {
        ProductionServices.run("db-stop", WORK);

        Packages.Document refused = Packages.document(sender.code(), recipient.code());
        assertUnavailable(sender.postXml("/api/v1/documents", refused.xml().getBytes(StandardCharsets.UTF_8)));
        assertUnavailable(recipient.get("/api/v1/inbox"));

        ProductionServices.run("db-start", WORK, System.getProperty("prod.db.port"));
        String id = sendUntilAccepted(Packages.document(sender.code(), recipient.code()));
        assertThat(recipient.awaitInInbox(id).getString("state")).isEqualTo("DELIVERED");
        assertThat(sender.get("/api/v1/sent?limit=500").text()).as("the refused document was not stored")
                .doesNotContain(refused.edxmlId());
    }

    private static void assertUnavailable(HubResponse response) {
        assertThat(response.status()).as("answered %s", response).isEqualTo(503);
        assertThat(response.problemCode()).isEqualTo("UNAVAILABLE");
        assertThat(Integer.parseInt(response.header("Retry-After"))).isPositive();
    }

    /** A client that honours Retry-After, as docs/api.md asks. */
    private String sendUntilAccepted(Packages.Document document) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HubResponse response;
        do {
            response = sender.postXml("/api/v1/documents", document.xml().getBytes(StandardCharsets.UTF_8));
            if (response.status() == 201) {
                return response.json().getString("documentId");
            }
            assertUnavailable(response);
            PushReceiver.pause(1000);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Still refused 90 s after the service came back: " + response);
    }

}
