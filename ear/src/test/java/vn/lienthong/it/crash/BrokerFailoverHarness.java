package vn.lienthong.it.crash;

import jakarta.json.JsonObject;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.MultipartMixed;
import vn.lienthong.it.support.Packages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The broker pair's failover run (docs/reliability.md, "Losing the active broker"): senders submit
 * documents through both Liberty servers while recipients empty their inboxes with the batch calls
 * (fetch the waiting packages, acknowledge them); once a share of the documents is accepted the
 * harness kills the primary Artemis broker with SIGKILL, by the process id its JVM wrote, and the
 * run goes on against the backup. Afterwards every accepted document must have been fetched, byte
 * for byte, exactly once by each of its recipients.
 *
 * <p>Clients behave as docs/api.md asks: a submission answered 503 or cut off is sent again, the
 * same bytes, until the hub answers; an acknowledgement is repeated until it is answered.
 */
final class BrokerFailoverHarness {

    /**
     * What one run saw. Times are measured from the kill, over the documents submitted after it (so
     * stored and sent while only the backup was there); "delivered" is when a recipient first got
     * the package in a batch fetch.
     */
    record Result(int documents, int accepted, int refused, int unanswered, int lost, int duplicated, int corrupted,
                  int deliveries, int retries, int replays, Duration elapsed, Duration backupListening,
                  Duration firstAcceptedAfterKill, Duration firstDeliveredAfterKill, int acceptedBeforeKill) {

        @Override
        public String toString() {
            return ("documents=%d accepted=%d refused=%d unanswered=%d | deliveries fetched=%d lost=%d duplicated=%d "
                    + "corrupted=%d | client retries=%d replays=%d | %d s | killed the primary after %d accepted; "
                    + "backup listening after %d ms; of the documents submitted after the kill, first accepted after "
                    + "%d ms, first fetched by its recipient after %d ms (the outage)")
                    .formatted(documents, accepted, refused, unanswered, deliveries, lost, duplicated, corrupted,
                            retries, replays, elapsed.toSeconds(), acceptedBeforeKill, millis(backupListening),
                            millis(firstAcceptedAfterKill), millis(firstDeliveredAfterKill));
        }

        private static long millis(Duration d) {
            return d == null ? -1 : d.toMillis();
        }
    }

    /**
     * One accepted document: who must get it, its bytes' digest, when the submission that was
     * accepted started and when its answer came back.
     */
    private record Accepted(String edxmlId, List<String> recipients, String sha256, Instant sent, Instant at) {

        /** Submitted after the kill: stored, and its delivery messages sent, while only the backup was there. */
        boolean sentAfter(Instant kill) {
            return sent.isAfter(kill);
        }
    }

    private final List<AgencyClient> senders;
    private final List<AgencyClient> recipients;
    private final int documents;
    private final int threadsPerSender;
    private final Path primaryPidFile;
    private final int backupPort;
    private final String run = "FO-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger replays = new AtomicInteger();
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    /** Per recipient: hub document id → how many times a batch fetch served it. */
    private final Map<String, Map<String, AtomicInteger>> fetches = new ConcurrentHashMap<>();
    /** Per recipient: hub document id → digest of the bytes served (the first time). */
    private final Map<String, Map<String, String>> fetchedDigests = new ConcurrentHashMap<>();
    /** Hub document id → when a recipient first saw it in a batch fetch. */
    private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> killedAt = new AtomicReference<>();

    BrokerFailoverHarness(List<AgencyClient> senders, List<AgencyClient> recipients, int documents, int threadsPerSender,
                          Path primaryPidFile, int backupPort) {
        this.senders = senders;
        this.recipients = recipients;
        this.documents = documents;
        this.threadsPerSender = threadsPerSender;
        this.primaryPidFile = primaryPidFile;
        this.backupPort = backupPort;
        recipients.forEach(r -> {
            fetches.put(r.code(), new ConcurrentHashMap<>());
            fetchedDigests.put(r.code(), new ConcurrentHashMap<>());
        });
    }

    Result run() throws Exception {
        Instant started = Instant.now();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean receiving = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(senders.size() * threadsPerSender + recipients.size());
        List<Future<?>> sending = new ArrayList<>();
        for (AgencyClient sender : senders) {
            for (int t = 0; t < threadsPerSender; t++) {
                sending.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < documents) {
                        List<String> to = List.of(recipients.get(i % recipients.size()).code(),
                                recipients.get((i + 1) % recipients.size()).code());
                        submit(sender, Packages.numbered(sender.code(), run, i + 1, to.toArray(String[]::new)), to);
                    }
                    return null;
                }));
            }
        }
        List<Future<?>> receivingTasks = new ArrayList<>();
        for (AgencyClient recipient : recipients) {
            receivingTasks.add(pool.submit(() -> {
                receive(recipient, receiving);
                return null;
            }));
        }

        int acceptedBeforeKill = awaitAccepted(Math.max(1, documents * 3 / 10));
        Duration backupListening = killPrimary();

        for (Future<?> task : sending) {
            task.get(30, TimeUnit.MINUTES);
        }
        awaitEveryDeliveryFetched(Duration.ofMinutes(5));
        receiving.set(false);
        for (Future<?> task : receivingTasks) {
            task.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        int lost = 0, duplicated = 0, corrupted = 0, deliveries = 0;
        for (Map.Entry<String, Accepted> e : accepted.entrySet()) {
            for (String recipient : e.getValue().recipients()) {
                AtomicInteger served = fetches.get(recipient).get(e.getKey());
                int times = served == null ? 0 : served.get();
                deliveries += Math.min(times, 1);
                if (times == 0) lost++;
                if (times > 1) duplicated++;
                String digest = fetchedDigests.get(recipient).get(e.getKey());
                if (digest != null && !digest.equals(e.getValue().sha256())) corrupted++;
            }
        }
        Instant kill = killedAt.get();
        Duration firstAccepted = accepted.values().stream().filter(a -> a.sentAfter(kill)).map(Accepted::at)
                .min(Instant::compareTo).map(at -> Duration.between(kill, at)).orElse(null);
        Duration firstDelivered = accepted.entrySet().stream()
                .filter(e -> e.getValue().sentAfter(kill))
                .map(e -> firstSeen.get(e.getKey())).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo).map(at -> Duration.between(kill, at)).orElse(null);
        return new Result(documents, accepted.size(), refused.get(), unanswered.get(), lost, duplicated, corrupted,
                deliveries, retries.get(), replays.get(), Duration.between(started, Instant.now()), backupListening,
                firstAccepted, firstDelivered, acceptedBeforeKill);
    }

    /** Refusals by status and problem code, with an example body each. */
    Map<String, String> refusalReasons() {
        return new TreeMap<>(refusals);
    }

    /** Copies of this run's documents in each recipient's inbox (delivered or fetched), by hub document id. */
    Map<String, Integer> inboxCopies(AgencyClient recipient) {
        Map<String, Integer> copies = new TreeMap<>();
        String cursor = null;
        do {
            JsonObject page = recipient.get("/api/v1/inbox?includeFetched=true&limit=500"
                    + (cursor == null ? "" : "&after=" + cursor)).json();
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (item.getString("edxmlDocumentId", "").contains("/" + run)) {
                    copies.merge(item.getString("documentId"), 1, Integer::sum);
                }
            }
            cursor = page.containsKey("nextCursor") && !page.isNull("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        return copies;
    }

    /** The accepted documents addressed to a recipient, by hub document id. */
    Set<String> acceptedFor(String recipient) {
        return accepted.entrySet().stream().filter(e -> e.getValue().recipients().contains(recipient))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private void submit(AgencyClient sender, Packages.Document document, List<String> to) {
        byte[] body = document.xml().getBytes(StandardCharsets.UTF_8);
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            Instant sent = Instant.now();
            try {
                HubResponse response = sender.postXml("/api/v1/documents", body);
                if (response.status() / 100 == 2) {
                    if ("true".equals(response.header("Idempotent-Replayed"))) {
                        replays.incrementAndGet();
                    }
                    accepted.put(response.json().getString("documentId"),
                            new Accepted(document.edxmlId(), to, sha256(body), sent, Instant.now()));
                    return;
                }
                if (response.status() != 503) {
                    refused.incrementAndGet();
                    String text = response.text();
                    refusals.putIfAbsent(response.status() + "", text.length() > 400 ? text.substring(0, 400) : text);
                    return;
                }
            } catch (RuntimeException cutOff) {
                // no answer: only the same package again tells whether it was stored
            }
            if (Instant.now().isAfter(giveUp)) {
                unanswered.incrementAndGet();
                return;
            }
            retries.incrementAndGet();
            pause(200);
        }
    }

    /** A recipient's software: fetch up to 100 waiting packages, acknowledge them, again, until told to stop. */
    private void receive(AgencyClient recipient, AtomicBoolean receiving) {
        Map<String, AtomicInteger> served = fetches.get(recipient.code());
        Map<String, String> digests = fetchedDigests.get(recipient.code());
        while (receiving.get()) {
            HubResponse batch;
            try {
                batch = recipient.get("/api/v1/inbox/packages?limit=100");
            } catch (RuntimeException cutOff) {
                pause(200);
                continue;
            }
            if (batch.status() != 200) {
                pause(batch.status() == 204 ? 100 : 200);
                continue;
            }
            Instant seen = Instant.now();
            List<String> taken = new ArrayList<>();
            for (MultipartMixed.Part part : MultipartMixed.parse(batch)) {
                String contentType = part.header("Content-Type");
                if (contentType == null || !contentType.startsWith("application/xml")) {
                    continue; // a problem part: nothing taken in, nothing to acknowledge
                }
                String id = part.header("Content-ID").replaceAll("[<>]", "");
                served.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                digests.putIfAbsent(id, sha256(part.body()));
                firstSeen.putIfAbsent(id, seen);
                taken.add(id);
            }
            acknowledge(recipient, taken);
        }
    }

    private void acknowledge(AgencyClient recipient, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String body = ids.stream().map(id -> "{\"documentId\":\"" + id + "\",\"result\":\"done\"}")
                .collect(Collectors.joining(",", "{\"acknowledgements\":[", "]}"));
        while (true) {
            try {
                HubResponse answer = recipient.postJson("/api/v1/inbox/acks", body);
                if (answer.status() == 200) {
                    return;
                }
            } catch (RuntimeException cutOff) {
                // repeating a confirmation is harmless (docs/api.md)
            }
            pause(200);
        }
    }

    private int awaitAccepted(int count) throws InterruptedException, TimeoutException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (accepted.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new TimeoutException(accepted.size() + " documents accepted in 10 minutes, " + refused + " refused: "
                        + refusals);
            }
            Thread.sleep(20);
        }
        return accepted.size();
    }

    /** SIGKILL to the primary's JVM; returns how long until the backup listened on its port. */
    private Duration killPrimary() throws IOException {
        long pid = Long.parseLong(Files.readString(primaryPidFile).strip());
        ProcessHandle broker = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no primary broker process " + pid));
        killedAt.set(Instant.now());
        broker.destroyForcibly(); // SIGKILL: no shutdown, no goodbye to the backup or the clients
        broker.onExit().join();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", backupPort)) {
                return Duration.between(killedAt.get(), Instant.now());
            } catch (IOException notYet) {
                pause(20);
            }
        }
        return null;
    }

    private void awaitEveryDeliveryFetched(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            boolean all = accepted.entrySet().stream().allMatch(e -> e.getValue().recipients().stream()
                    .allMatch(r -> fetches.get(r).containsKey(e.getKey())));
            if (all) {
                pause(3_000); // anything served twice would show up now
                return;
            }
            pause(500);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
