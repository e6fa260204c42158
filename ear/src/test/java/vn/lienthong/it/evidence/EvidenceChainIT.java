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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tamper-evident message log (docs/evidence.md) on both configurations: every event of a
 * document's journey is appended to the hash chain, the chain verifies from its first entry to its
 * last, and its head is signed by the hub key on the schedule (every second in the tests). Only
 * administrators may verify. The production configuration's two servers append to one chain.
 *
 * <p>Events write pending entries that each server's sealer links into the chain after the commit
 * (docs/evidence.md, "Sealing"); the chain call seals first, so what a test did before calling it is in
 * the chain it checks, without waiting.
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
    void eventsOnBothServersAtOnceAreSealedIntoOneChainWithoutAFork() throws Exception {
        long before = verify().getJsonNumber("lastSequence").longValue();
        AgencyClient onFirst = Hub.as(SENDER);
        // On the production configuration half the senders talk to the second server: both servers then
        // write pending entries and both sealers race for the chain head at the same time.
        AgencyClient onSecond = Hub.REQUIRES_TLS ? onFirst.at(Hub.SECOND_BASE_URL) : onFirst;
        AgencyClient recipient = Hub.as(RECIPIENT);
        int perServer = 6;
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<String> ids = new ArrayList<>();
        try {
            List<CompletableFuture<String>> sent = new ArrayList<>();
            for (int i = 0; i < perServer; i++) {
                for (AgencyClient sender : List.of(onFirst, onSecond)) {
                    sent.add(CompletableFuture.supplyAsync(
                            () -> sender.send(Packages.document(sender.code(), recipient.code()).xml()), senders));
                }
            }
            for (CompletableFuture<String> one : sent) {
                ids.add(one.get());
            }
        } finally {
            senders.shutdown();
        }
        for (String id : ids) {
            recipient.awaitInInbox(id); // delivered: the delivery consumers have written their entries too
        }

        JsonObject report = verify();
        assertThat(report.getBoolean("intact")).as("%s", report).isTrue();
        long after = report.getJsonNumber("lastSequence").longValue();
        assertThat(report.getJsonNumber("entriesChecked").longValue()).as("one chain from entry 1, no fork").isEqualTo(after);
        assertThat(after - before).as("accepted and delivered for each of the %d documents", ids.size())
                .isGreaterThanOrEqualTo(2L * ids.size());
        assertThat(report.getJsonNumber("pendingEntries").longValue()).as("the chain call sealed what was committed before it")
                .isLessThan(2L * ids.size());
        recipient.confirmEverythingWaiting();
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
