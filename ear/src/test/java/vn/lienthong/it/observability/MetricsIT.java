package vn.lienthong.it.observability;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Https;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application metrics at /metrics (Prometheus text): a known run of documents — three accepted,
 * two refused for an unknown recipient, one fetched and acknowledged — moves the counters by exactly
 * that run, and every gauge family (queues, deliveries, portal backlog, report obligations) is there.
 * Administrators only, over HTTPS.
 */
class MetricsIT {

    @Test
    void aKnownRunOfDocumentsMovesTheCountersByExactlyThatRun() {
        // Sample agencies: their own policy accepts unsigned packages, so every one of the run is UNSIGNED.
        AgencyClient sender = Hub.as("000.00.00.G22");
        AgencyClient recipient = Hub.as("000.00.00.H41");
        Scrape before = Scrape.now();

        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(sender.send(Packages.document(sender.code(), recipient.code()).xml()));
        }
        for (int i = 0; i < 2; i++) {
            HubResponse refused = sender.postXml("/api/v1/documents",
                    Packages.document(sender.code(), "000.00.99.G99").xml().getBytes(StandardCharsets.UTF_8));
            assertThat(refused.problemCode()).as("%s", refused).isEqualTo("UNKNOWN_RECIPIENT");
        }
        recipient.awaitInInbox(sent.get(0));
        assertThat(recipient.fetch(sent.get(0)).status()).isEqualTo(200);
        assertThat(recipient.acknowledge(sent.get(0), "done", null).status()).isEqualTo(200);
        Scrape after = Scrape.now();

        assertThat(moved(before, after, "lienthong_documents_accepted_total")).isEqualTo(3);
        assertThat(moved(before, after, "lienthong_documents_refused_total", "problem", "UNKNOWN_RECIPIENT")).isEqualTo(2);
        assertThat(moved(before, after, "lienthong_signature_verdicts_total", "verdict", "UNSIGNED")).isEqualTo(3);
        assertThat(moved(before, after, "lienthong_inbox_fetch_seconds_count", "call", "single")).isEqualTo(1);
        assertThat(moved(before, after, "lienthong_inbox_ack_seconds_count", "call", "single")).isEqualTo(1);
    }

    @Test
    void everyGaugeFamilyIsThereWithEveryLabel() {
        Scrape scrape = Scrape.now();

        for (String queue : new String[]{"push", "portal-sync", "feedback-publication", "handover"}) {
            for (String state : new String[]{"PENDING", "SENT", "FAILED", "CANCELLED"}) {
                assertThat(scrape.value("lienthong_queue_items", "queue", queue, "state", state))
                        .as("queue %s in %s", queue, state).isPresent();
            }
        }
        for (String state : new String[]{"QUEUED", "DELIVERED", "FETCHED", "REVOKED"}) {
            assertThat(scrape.value("lienthong_deliveries", "state", state)).as(state).isPresent();
        }
        assertThat(scrape.value("lienthong_deliveries", "state", "FETCHED").orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(scrape.value("lienthong_portal_sync_backlog")).isPresent();
        assertThat(scrape.value("lienthong_reporting_obligations", "state", "due")).isPresent();
        assertThat(scrape.value("lienthong_reporting_obligations", "state", "late")).isPresent();
    }

    @Test
    void onlyAdministratorsScrape() {
        assertThat(Https.send(Https.newClient(), Https.request("/metrics").GET()).status()).isEqualTo(401);
        assertThat(Https.send(Https.newClient(), Https.request("/metrics", "000.00.00.G22", Hub.SAMPLE_SECRET).GET()).status())
                .as("agencies are not accounts of the server's registry").isEqualTo(401);
        assertThat(Https.send(Https.newClient(), Https.request("/metrics", "clerk", "clerk-is-no-administrator").GET()).status())
                .isEqualTo(403);
    }

    private static double moved(Scrape before, Scrape after, String name, String... labels) {
        return after.counter(name, labels) - before.counter(name, labels);
    }
}
