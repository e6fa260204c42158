package vn.lienthong.bench;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The recipients' software: each recipient polls its inbox (oldest first, following the cursor a
 * few pages), and every new document is fetched and confirmed by a pool of workers, as a
 * document-management system with several clerks' sessions would: one fetch and one acknowledgement
 * per document, or with {@code bench.recipients.batch} = n the API's batch calls, one fetch and one
 * acknowledgement per n documents of a poll. Benchmark documents of earlier
 * runs are confirmed without being measured, so they never clog the first page; anybody else's
 * documents are left alone.
 */
final class InboxConsumers implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InboxConsumers.class.getName());
    private static final int PAGE = 500;
    private static final int PAGES_PER_POLL = 10;
    /** Every package the benchmark makes or generates has a code notation starting so. */
    static final String BENCHMARK_NOTATION = "/BENCH-";

    private final HubClient hub;
    private final List<String> recipients;
    private final Map<String, Tracking> tracked;
    private final RunStages stages;
    private final int pollMillis;
    private final int batch;
    private final ExecutorService workers;
    private final List<Thread> pollers = new ArrayList<>();
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
    private final AtomicLong leftovers = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running = true;

    InboxConsumers(HubClient hub, List<String> recipients, Map<String, Tracking> tracked, RunStages stages,
                   int fetchers, int pollMillis, int batch) {
        this.hub = hub;
        this.recipients = recipients;
        this.tracked = tracked;
        this.stages = stages;
        this.pollMillis = pollMillis;
        this.batch = batch;
        this.workers = Executors.newFixedThreadPool(fetchers, HubClient.daemon("bench-fetch"));
    }

    void start() {
        for (String recipient : recipients) {
            Thread poller = new Thread(() -> poll(recipient), "bench-poll-" + recipient);
            poller.setDaemon(true);
            pollers.add(poller);
            poller.start();
        }
    }

    long leftovers() {
        return leftovers.get();
    }

    long failures() {
        return failures.get();
    }

    private void poll(String recipient) {
        while (running) {
            try {
                String cursor = null;
                for (int page = 0; page < PAGES_PER_POLL; page++) {
                    HttpResponse<String> response = hub.get(recipient, "/inbox?limit=" + PAGE + (cursor == null ? "" : "&after=" + cursor));
                    if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                        break;
                    }
                    long seenAt = System.nanoTime();
                    JsonObject json = HubClient.json(response);
                    List<Taken> taken = new ArrayList<>();
                    for (JsonObject item : json.getJsonArray("items").getValuesAs(JsonObject.class)) {
                        take(recipient, item, seenAt).ifPresent(taken::add);
                    }
                    hand(recipient, taken);
                    cursor = json.containsKey("nextCursor") && !json.isNull("nextCursor") ? json.getString("nextCursor") : null;
                    if (cursor == null) {
                        break;
                    }
                }
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                LOG.log(Level.FINE, "inbox poll failed", e);
            }
            // Always wait between polls, as agency software does: re-listing at once whenever something
            // new appeared made ten recipients list their whole waiting backlog continuously, which
            // took a fifth of the server's CPU at 12 documents/s (docs/benchmarks.md) and measured the
            // client's eagerness rather than the hub.
            pause(pollMillis);
        }
    }

    /** A document of the benchmark seen in a recipient's inbox; tracking is null for an earlier run's leftover. */
    private record Taken(String documentId, long expectedSize, Tracking tracking) {
    }

    private Optional<Taken> take(String recipient, JsonObject item, long seenAt) {
        String documentId = item.getString("documentId");
        if (!inProgress.add(recipient + "/" + documentId)) {
            return Optional.empty();
        }
        String edxmlId = item.isNull("edxmlDocumentId") ? "" : item.getString("edxmlDocumentId");
        Tracking tracking = tracked.get(edxmlId);
        if (tracking == null && !edxmlId.contains(BENCHMARK_NOTATION)) {
            return Optional.empty(); // not the benchmark's: another client's document is left alone
        }
        if (tracking != null) {
            stages.delivered.record(tracking.intendedNanos, seenAt);
            if (tracking.unseen.decrementAndGet() == 0) {
                stages.deliveredToAll.record(tracking.intendedNanos, seenAt);
            }
        }
        return Optional.of(new Taken(documentId, item.getJsonNumber("sizeBytes").longValue(), tracking));
    }

    private void hand(String recipient, List<Taken> taken) {
        if (batch == 0) {
            taken.forEach(t -> workers.execute(() -> fetchAndConfirm(recipient, t.documentId(), t.expectedSize(), t.tracking())));
            return;
        }
        for (int from = 0; from < taken.size(); from += batch) {
            List<Taken> chunk = List.copyOf(taken.subList(from, Math.min(taken.size(), from + batch)));
            workers.execute(() -> fetchAndConfirmBatch(recipient, chunk));
        }
    }

    /**
     * One batch fetch of the tracked documents and one batch acknowledgement of all; each document's
     * fetch stage is the batch's fetch time, its acknowledgement stage the batch's acknowledgement time.
     */
    private void fetchAndConfirmBatch(String recipient, List<Taken> chunk) {
        try {
            List<Taken> measured = chunk.stream().filter(t -> t.tracking() != null).toList();
            List<Taken> good = new ArrayList<>(chunk.stream().filter(t -> t.tracking() == null).toList());
            if (!measured.isEmpty()) {
                long start = System.nanoTime();
                HttpResponse<byte[]> fetched = hub.fetchMany(recipient, measured.stream().map(Taken::documentId).toList());
                long end = System.nanoTime();
                Map<String, Long> sizes = fetched.statusCode() == 200 ? BatchParts.packageSizes(fetched) : Map.of();
                for (Taken t : measured) {
                    if (Long.valueOf(t.expectedSize()).equals(sizes.get(t.documentId()))) {
                        stages.fetch.record(start, end);
                        good.add(t);
                    } else {
                        failed(recipient, t);
                    }
                }
            }
            if (good.isEmpty()) {
                return;
            }
            long start = System.nanoTime();
            HttpResponse<String> acks = hub.acknowledgeMany(recipient, good.stream().map(Taken::documentId).toList());
            long end = System.nanoTime();
            if (acks.statusCode() != 200) {
                good.forEach(t -> failed(recipient, t));
                return;
            }
            List<JsonObject> results = HubClient.json(acks).getJsonArray("results").getValuesAs(JsonObject.class);
            for (int i = 0; i < good.size(); i++) {
                Taken t = good.get(i);
                if (!"FETCHED".equals(results.get(i).getString("state", null))) {
                    failed(recipient, t);
                } else if (t.tracking() == null) {
                    leftovers.incrementAndGet();
                } else {
                    stages.ack.record(start, end);
                    if (t.tracking().unconfirmed.decrementAndGet() == 0) {
                        stages.confirmed.record(t.tracking().intendedNanos, end);
                    }
                }
            }
        } catch (RuntimeException e) {
            chunk.forEach(t -> failed(recipient, t));
            LOG.log(Level.FINE, "batch fetch or confirmation failed", e);
        }
    }

    private void failed(String recipient, Taken taken) {
        failures.incrementAndGet();
        inProgress.remove(recipient + "/" + taken.documentId());
    }

    private void fetchAndConfirm(String recipient, String documentId, long expectedSize, Tracking tracking) {
        try {
            if (tracking != null) {
                long start = System.nanoTime();
                HttpResponse<byte[]> fetched = hub.fetch(recipient, documentId);
                if (fetched.statusCode() != 200 || fetched.body().length != expectedSize) {
                    failures.incrementAndGet();
                    inProgress.remove(recipient + "/" + documentId);
                    return;
                }
                stages.fetch.record(start, System.nanoTime());
            }
            long start = System.nanoTime();
            HttpResponse<String> ack = hub.acknowledge(recipient, documentId);
            long end = System.nanoTime();
            if (ack.statusCode() != 200) {
                failures.incrementAndGet();
                inProgress.remove(recipient + "/" + documentId);
                return;
            }
            if (tracking == null) {
                leftovers.incrementAndGet();
                return;
            }
            stages.ack.record(start, end);
            if (tracking.unconfirmed.decrementAndGet() == 0) {
                stages.confirmed.record(tracking.intendedNanos, end);
            }
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            inProgress.remove(recipient + "/" + documentId);
            LOG.log(Level.FINE, "fetch or confirmation failed", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        for (Thread poller : pollers) {
            try {
                poller.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdownNow();
    }
}
