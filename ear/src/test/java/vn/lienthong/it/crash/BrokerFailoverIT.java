package vn.lienthong.it.crash;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.ProductionServices;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker pair of the production configuration loses its active broker (docs/reliability.md,
 * "Losing the active broker"): during a run of {@code failover.documents} documents (2,000 in every
 * build, 10,000 in the run docs/reliability.md reports) sent by four agencies through both Liberty servers and fetched by three, the primary
 * Artemis broker is killed with SIGKILL. The backup takes over; no document is lost, none is
 * fetched twice, every one reaches each of its recipients byte for byte. Then the primary is
 * started again, takes the work back from the backup (fail-back), and the hub carries on.
 */
@Tag("production-configuration")
class BrokerFailoverIT {

    private static final String WORK = System.getProperty("prod.services.work");
    private static final String PRIMARY_PORT = System.getProperty("prod.broker.port");
    private static final int BACKUP_PORT = Integer.getInteger("prod.backup.broker.port", 61917);

    /** Agencies no other test uses, so their inboxes hold only this run. */
    private final List<AgencyClient> senders = List.of(
            Hub.as("000.00.09.H20"), Hub.as("000.00.32.H20"),
            Hub.onSecondServer("000.00.33.H20"), Hub.onSecondServer("000.00.35.H20"));
    private final List<AgencyClient> recipients = List.of(
            Hub.as("000.00.04.H41"), Hub.onSecondServer("000.00.31.H41"), Hub.as("000.00.34.H41"));

    @Test
    void killingTheActiveBrokerLosesNoDocumentAndFetchesNoneTwice() throws Exception {
        BrokerFailoverHarness harness = new BrokerFailoverHarness(senders, recipients,
                Integer.getInteger("failover.documents", 2_000), 2,
                Path.of(WORK, "broker", "data", "artemis.pid"), BACKUP_PORT);

        BrokerFailoverHarness.Result result = harness.run();

        System.out.println("BROKER FAILOVER TEST: " + result);
        harness.refusalReasons().forEach((status, example) -> System.out.println("BROKER FAILOVER TEST refused " + status + ": " + example));
        assertThat(result.backupListening()).as("the backup took over").isNotNull();
        assertThat(result.refused()).as("documents refused (other than 503, which clients retry)").isZero();
        assertThat(result.unanswered()).as("documents never answered").isZero();
        assertThat(result.accepted()).as("documents accepted").isEqualTo(result.documents());
        assertThat(result.lost()).as("deliveries never fetched").isZero();
        assertThat(result.duplicated()).as("deliveries fetched twice").isZero();
        assertThat(result.corrupted()).as("packages fetched with other bytes than sent").isZero();
        assertThat(result.deliveries()).isEqualTo(2 * result.documents());
        assertThat(result.firstDeliveredAfterKill()).as("a document accepted after the kill was delivered").isNotNull();
        for (AgencyClient recipient : recipients) {
            Map<String, Integer> copies = harness.inboxCopies(recipient);
            assertThat(copies.keySet()).as("%s's inbox holds exactly its documents", recipient.code())
                    .isEqualTo(harness.acceptedFor(recipient.code()));
            assertThat(copies.values()).as("each once").allMatch(n -> n == 1);
        }

        // Fail-back: the primary comes back, takes the data from the backup, and the backup steps down.
        Instant failback = Instant.now();
        ProductionServices.run("broker-start", WORK, PRIMARY_PORT);
        System.out.println("BROKER FAILOVER TEST: fail-back (primary restarted, active, backup in step) took "
                + Duration.between(failback, Instant.now()).toMillis() + " ms");
        AgencyClient sender = senders.get(0);
        AgencyClient recipient = Hub.as("000.03.36.H41");
        String afterFailback = sendUntilAccepted(sender, Packages.document(sender.code(), recipient.code()));
        assertThat(recipient.awaitInInbox(afterFailback).getString("state")).as("delivered after the fail-back")
                .isEqualTo("DELIVERED");
    }

    @AfterEach
    void thePairRunsAgain() {
        ProductionServices.run("broker-start", WORK, PRIMARY_PORT);
    }

    /** A client that honours 503 and Retry-After, as docs/api.md asks. */
    private static String sendUntilAccepted(AgencyClient sender, Packages.Document document) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HubResponse response = null;
        do {
            try {
                response = sender.postXml("/api/v1/documents", document.xml().getBytes(StandardCharsets.UTF_8));
                if (response.status() == 201) {
                    return response.json().getString("documentId");
                }
                assertThat(response.status()).as("answered %s", response).isEqualTo(503);
            } catch (RuntimeException cutOff) {
                // the server is there; only its broker connection was moving
            }
            pause(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Still not accepted 90 s after the fail-back: " + response);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
