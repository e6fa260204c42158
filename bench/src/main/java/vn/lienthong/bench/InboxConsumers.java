package vn.lienthong.bench;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * document-management system with several clerks' sessions would. Benchmark documents of earlier
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
    private final ExecutorService workers;
    private final List<Thread> pollers = new ArrayList<>();
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
    private final AtomicLong leftovers = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running = true;

    InboxConsumers(HubClient hub, List<String> recipients, Map<String, Tracking> tracked, RunStages stages,
                   int fetchers, int pollMillis) {
        this.hub = hub;
        this.recipients = recipients;
        this.tracked = tracked;
        this.stages = stages;
        this.pollMillis = pollMillis;
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
                    for (JsonObject item : json.getJsonArray("items").getValuesAs(JsonObject.class)) {
                        take(recipient, item, seenAt);
                    }
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

    private boolean take(String recipient, JsonObject item, long seenAt) {
        String documentId = item.getString("documentId");
        if (!inProgress.add(recipient + "/" + documentId)) {
            return false;
        }
        String edxmlId = item.isNull("edxmlDocumentId") ? "" : item.getString("edxmlDocumentId");
        Tracking tracking = tracked.get(edxmlId);
        if (tracking == null && !edxmlId.contains(BENCHMARK_NOTATION)) {
            return false; // not the benchmark's: another client's document is left alone
        }
        if (tracking != null) {
            stages.delivered.record(tracking.intendedNanos, seenAt);
            if (tracking.unseen.decrementAndGet() == 0) {
                stages.deliveredToAll.record(tracking.intendedNanos, seenAt);
            }
        }
        long expectedSize = item.getJsonNumber("sizeBytes").longValue();
        workers.execute(() -> fetchAndConfirm(recipient, documentId, expectedSize, tracking));
        return true;
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
