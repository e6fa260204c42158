package vn.lienthong.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One run at a fixed arrival rate, open loop: package i leaves at start + i/rate whatever the hub
 * answered before, and every latency is measured from that intended time, so a slow hub cannot
 * make the generator wait and hide its own slowness (no coordinated omission). Then it waits until
 * every recipient confirmed every accepted document, or until the drain time is up.
 */
final class OpenLoopRun {

    private final HubClient hub;
    private final Agencies agencies;
    private final BenchSettings settings;

    OpenLoopRun(HubClient hub, Agencies agencies, BenchSettings settings) {
        this.hub = hub;
        this.agencies = agencies;
        this.settings = settings;
    }

    RunResult run(double rate, List<PreparedPackage> packages, int drainSeconds) {
        RunStages stages = new RunStages();
        Map<String, Tracking> tracked = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        AtomicLong notSent = new AtomicLong();
        long periodNanos = (long) (1e9 / rate);
        try (InboxConsumers consumers = new InboxConsumers(hub, agencies.recipients(), tracked, stages,
                settings.fetchers(), settings.pollMillis(), settings.recipientBatch())) {
            consumers.start();
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
            for (int i = 0; i < packages.size(); i++) {
                PreparedPackage pkg = packages.get(i);
                long intended = start + i * periodNanos;
                long wait;
                while ((wait = intended - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (inFlight.get() >= settings.maxInFlight()) {
                    // The hub holds more requests than the generator may open: count it, never wait.
                    notSent.incrementAndGet();
                    continue;
                }
                Tracking tracking = new Tracking(intended, pkg.to().size());
                tracked.put(pkg.edxmlId(), tracking);
                inFlight.incrementAndGet();
                hub.submit(pkg).whenComplete((response, failure) -> {
                    long end = System.nanoTime();
                    inFlight.decrementAndGet();
                    if (failure != null) {
                        errors.computeIfAbsent(failure.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                        tracked.remove(pkg.edxmlId());
                    } else if (response.statusCode() == 201) {
                        stages.submit.record(intended, end);
                        accepted.incrementAndGet();
                    } else {
                        errors.computeIfAbsent("HTTP " + response.statusCode() + problemCode(response), k -> new AtomicInteger())
                                .incrementAndGet();
                        tracked.remove(pkg.edxmlId());
                    }
                });
            }
            long sendEnd = System.nanoTime();
            long drainDeadline = sendEnd + TimeUnit.SECONDS.toNanos(drainSeconds);
            while (System.nanoTime() < drainDeadline
                    && (inFlight.get() > 0 || stages.confirmed.count() < accepted.get())) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            boolean drained = inFlight.get() == 0 && stages.confirmed.count() >= accepted.get();
            return new RunResult(rate, packages.size(), start, sendEnd, System.nanoTime(), accepted.get(),
                    notSent.get(), new TreeMap<>(toCounts(errors)), stages, drained, consumers.failures(),
                    consumers.leftovers());
        }
    }

    private static String problemCode(HttpResponse<String> response) {
        String body = response.body();
        int at = body == null ? -1 : body.indexOf("\"code\"");
        if (at < 0) {
            return "";
        }
        int open = body.indexOf('"', body.indexOf(':', at) + 1);
        int close = open < 0 ? -1 : body.indexOf('"', open + 1);
        return open < 0 || close < 0 ? "" : " " + body.substring(open + 1, close);
    }

    private static Map<String, Long> toCounts(Map<String, AtomicInteger> errors) {
        Map<String, Long> counts = new TreeMap<>();
        errors.forEach((k, v) -> counts.put(k, (long) v.get()));
        return counts;
    }
}
