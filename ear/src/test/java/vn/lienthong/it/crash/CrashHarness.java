package vn.lienthong.it.crash;

import jakarta.json.JsonObject;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeoutException;

/**
 * Crash harness (docs/reliability.md): several client threads submit documents to one Liberty
 * server of the production configuration while the harness kills that server's JVM with SIGKILL
 * at random moments and restarts it. Afterwards every document is accounted for:
 * <ul>
 *   <li>accepted (2xx): must be in its recipient's inbox exactly once;</li>
 *   <li>refused (a final HTTP error answer): must not be there.</li>
 * </ul>
 * Clients behave as the API guide asks: when the connection breaks before an answer, or the hub
 * answers 503, they send the same package again until they get a final answer, relying on the
 * hub's idempotent submission. A document still without a final answer when the run ends is
 * "unknown" and must be in the inbox at most once.
 */
public final class CrashHarness {

    /** What one run saw. */
    public record Result(int accepted, int refused, int unknown, int unknownStored, int lost, int duplicated,
                         int retries, int replayed, int kills, Duration elapsed) {

        @Override
        public String toString() {
            return ("documents accepted=%d refused=%d unknown=%d (stored %d) | lost=%d duplicated=%d | "
                    + "client retries=%d, answered as replays=%d | kills=%d | %d s")
                    .formatted(accepted, refused, unknown, unknownStored, lost, duplicated, retries, replayed, kills,
                            elapsed.toSeconds());
        }
    }

    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();
    /** Why documents were refused: status and problem code, with one example body each, so a failing run explains itself. */
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final Map<String, String> refusalExamples = new ConcurrentHashMap<>();

    private enum Outcome { ACCEPTED, REFUSED, UNKNOWN }

    private final CrashServer server;
    private final String baseUrl;
    private final int documents;
    private final int kills;
    private final int threads;
    private final Random random;

    public CrashHarness(Path wlp, String server, String baseUrl, int documents, int kills, int threads, long seed) {
        this.server = new CrashServer(wlp, server, baseUrl);
        this.baseUrl = baseUrl;
        this.documents = documents;
        this.kills = kills;
        this.threads = threads;
        this.random = new Random(seed);
    }

    public Result run() throws Exception {
        Instant started = Instant.now();
        String sender = "000.00.00.G18";
        List<String> recipients = List.of("000.00.09.H41", "000.00.10.H41", "000.00.32.H41");
        AgencyClient client = Hub.at(baseUrl, sender);
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

        startServer();
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        Map<String, String> recipientOf = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            clients.submit(() -> {
                int i;
                while (sending.get() && (i = next.getAndIncrement()) < documents) {
                    String recipient = recipients.get(i % recipients.size());
                    Packages.Document document = Packages.numbered(sender, "CRASH-" + run, i + 1, recipient);
                    recipientOf.put(document.edxmlId(), recipient);
                    outcomes.put(document.edxmlId(), submit(client, document, sending));
                }
                return null;
            });
        }

        int killed = 0;
        while (killed < kills && next.get() < documents) {
            Thread.sleep(1_000 + random.nextInt(4_000));
            killServer();
            killed++;
            Thread.sleep(random.nextInt(2_000));
            startServer();
        }
        clients.shutdown();
        if (!clients.awaitTermination(30, TimeUnit.MINUTES)) {
            sending.set(false);
            throw new TimeoutException("clients did not finish");
        }

        Map<String, Integer> stored = awaitSettled(recipients, run, outcomes);
        int accepted = 0, refused = 0, unknown = 0, unknownStored = 0, lost = 0, duplicated = 0;
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            int copies = stored.getOrDefault(e.getKey(), 0);
            switch (e.getValue()) {
                case ACCEPTED -> {
                    accepted++;
                    if (copies == 0) lost++;
                    if (copies > 1) duplicated++;
                }
                case REFUSED -> {
                    refused++;
                    if (copies > 0) lost++; // a refused document in an inbox is as wrong as a lost one
                }
                case UNKNOWN -> {
                    unknown++;
                    if (copies > 0) unknownStored++;
                    if (copies > 1) duplicated++;
                }
            }
        }
        return new Result(accepted, refused, unknown, unknownStored, lost, duplicated, retries.get(), replayed.get(),
                killed, Duration.between(started, Instant.now()));
    }

    private Outcome submit(AgencyClient client, Packages.Document document, AtomicBoolean sending) {
        byte[] body = document.xml().getBytes(StandardCharsets.UTF_8);
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            try {
                HubResponse response = client.postXml("/api/v1/documents", body);
                if (response.status() / 100 == 2) {
                    if ("true".equals(response.header("Idempotent-Replayed"))) {
                        replayed.incrementAndGet();
                    }
                    return Outcome.ACCEPTED;
                }
                if (response.status() != 503) {
                    String answer = response.text();
                    String reason = response.status() + " " + problemCodeOf(response);
                    refusals.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
                    refusalExamples.putIfAbsent(reason, answer.length() > 400 ? answer.substring(0, 400) : answer);
                    return Outcome.REFUSED;
                }
            } catch (RuntimeException brokenConnection) {
                // no answer: the document may or may not be stored; only the same package again tells
            }
            if (!sending.get() || Instant.now().isAfter(giveUp)) {
                return Outcome.UNKNOWN;
            }
            retries.incrementAndGet();
            pause(500);
        }
    }

    private static String problemCodeOf(HubResponse response) {
        try {
            return response.problemCode();
        } catch (RuntimeException notAProblemDocument) {
            return "(not a problem document)";
        }
    }

    /** Refusals by status and problem code, with an example body each. */
    public Map<String, String> refusalReasons() {
        Map<String, String> reasons = new java.util.TreeMap<>();
        refusals.forEach((reason, count) -> reasons.put(reason, count.get() + " × " + refusalExamples.get(reason)));
        return reasons;
    }

    /** Copies of each document of this run in the recipients' inboxes, once deliveries stop changing. */
    private Map<String, Integer> awaitSettled(List<String> recipients, String run, Map<String, Outcome> outcomes) {
        long expectedAtLeast = outcomes.values().stream().filter(o -> o == Outcome.ACCEPTED).count();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        Map<String, Integer> copies = Map.of();
        int stableRounds = 0;
        long last = -1;
        while (Instant.now().isBefore(deadline)) {
            copies = inboxCopies(recipients, run);
            long total = copies.values().stream().mapToLong(Integer::longValue).sum();
            stableRounds = total == last && total >= expectedAtLeast ? stableRounds + 1 : 0;
            if (stableRounds >= 3) {
                break;
            }
            last = total;
            pause(2_000);
        }
        return copies;
    }

    private Map<String, Integer> inboxCopies(List<String> recipients, String run) {
        Map<String, Integer> copies = new HashMap<>();
        for (String code : recipients) {
            AgencyClient recipient = Hub.at(baseUrl, code);
            String cursor = null;
            do {
                JsonObject page = recipient.get("/api/v1/inbox?includeFetched=true&limit=500"
                        + (cursor == null ? "" : "&after=" + cursor)).json();
                for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    String id = item.getString("edxmlDocumentId", "");
                    if (id.contains("CRASH-" + run)) {
                        copies.merge(id, 1, Integer::sum);
                    }
                }
                cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
            } while (cursor != null);
        }
        return copies;
    }

    private void startServer() throws IOException, InterruptedException, TimeoutException {
        server.start();
    }

    private void killServer() throws IOException {
        server.kill();
    }

    public void stopServer() {
        server.stop();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
