package vn.lienthong.it.evidence;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tamper-evident message log (docs/evidence.md) on both configurations: every event of a
 * document's journey is appended to the hash chain, the chain verifies from its first entry to its
 * last, and its head is signed by the hub key on the schedule (every second in the tests). Only
 * administrators may verify. The production configuration's two servers append to one chain.
 */
class EvidenceChainIT {

    static final String CHAIN = "/api/v1/admin/evidence/chain";
    /** Sample agencies, whose default policy accepts unsigned packages; no other test gives the recipient a push endpoint. */
    static final String SENDER = "000.00.00.G22";
    static final String RECIPIENT = "000.00.32.H20";

    @Test
    void aRunOfSendsFetchesAcknowledgementsAndStatusesLeavesAChainThatVerifiesAndIsSigned() {
        long before = verify().getJsonNumber("lastSequence").longValue();
        int events = journey();

        JsonObject report = verify();
        assertThat(report.getBoolean("intact")).as("%s", report).isTrue();
        assertThat(report.containsKey("firstBroken")).as("no broken entry to name").isFalse();
        long after = report.getJsonNumber("lastSequence").longValue();
        assertThat(after - before).as("entries appended by the journey (other tests may add more)").isGreaterThanOrEqualTo(events);
        assertThat(report.getJsonNumber("entriesChecked").longValue()).isEqualTo(after);

        JsonObject signed = awaitSignedHeadAtOrAfter(after);
        assertThat(signed.getBoolean("intact")).as("%s", signed).isTrue();
        JsonObject head = signed.getJsonObject("lastSignedHead");
        assertThat(head.getString("hash")).hasSize(64);
        assertThat(signed.getJsonNumber("headsChecked").longValue()).isPositive();
    }

    @Test
    void onlyAdministratorsVerifyTheChain() {
        assertThat(Hub.as("000.00.00.G22").get(CHAIN).status()).isEqualTo(403);
        assertThat(Hub.anonymousGet(CHAIN).status()).isEqualTo(401);
    }

    /**
     * A document from a sender to a recipient without a push endpoint (so every step is the test's): accepted, delivered, fetched, acknowledged, two statuses; and one refused package.
     * Answers how many entries that makes. On the production configuration the recipient works
     * through the second server.
     */
    static int journey() {
        return journey(Hub.as(SENDER), Hub.as(RECIPIENT)).events();
    }

    record Journey(String documentId, String sender, String recipient, int events) {
    }

    static Journey journey(AgencyClient sender, AgencyClient recipientOnFirst) {
        AgencyClient recipient = Hub.REQUIRES_TLS ? recipientOnFirst.at(Hub.SECOND_BASE_URL) : recipientOnFirst;
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        String id = sender.send(document.xml());
        recipient.awaitInInbox(id);
        assertThat(recipient.fetch(id).status()).isEqualTo(200);
        assertThat(recipient.acknowledge(id, "done", null).status()).isEqualTo(200);
        for (String code : new String[]{"01", "03"}) {
            HubResponse reported = recipient.report(document.status(recipient.code(), code, "Trạng thái " + code));
            assertThat(reported.status()).as("%s", reported).isEqualTo(201);
        }
        HubResponse refused = sender.postXml("/api/v1/documents", "<not-edxml/>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        return new Journey(id, sender.code(), recipient.code(), 7);
    }

    static JsonObject verify() {
        HubResponse answer = Hub.admin().get(CHAIN);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    static JsonObject awaitSignedHeadAtOrAfter(long sequence) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject report = verify();
        while (Instant.now().isBefore(deadline)) {
            if (report.containsKey("lastSignedHead") && report.getJsonObject("lastSignedHead").getJsonNumber("sequence").longValue() >= sequence) {
                return report;
            }
            sleep();
            report = verify();
        }
        throw new AssertionError("no head at or after entry " + sequence + " was signed within 30 s: " + report);
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
