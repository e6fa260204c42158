package vn.lienthong.bench;

import jakarta.json.JsonObject;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Inbox listing latency, open loop: one agency's software lists its inbox at a fixed rate, half of
 * the requests the first page of waiting documents (what polling software does), half the next
 * page of its whole inbox including fetched documents, following the cursor (what software
 * catching up or an archive view does). Meant to run against a database filled by
 * {@link InboxDataGenerator} (10,000,000 documents on PostgreSQL for the target).
 */
final class InboxListingScenario {

    private final BenchSettings settings;
    private final PrintStream out;

    InboxListingScenario(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        try (HubClient hub = new HubClient(settings.baseUrl(), settings.secret())) {
            String agency = settings.listingAgency().orElse("000.00.00.H20");
            Stage firstPage = new Stage("first-page", "intended time -> page read (GET /inbox?limit=" + settings.listingPageSize() + ")");
            Stage nextPage = new Stage("next-page", "intended time -> page read (includeFetched=true&after=<cursor>)");
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            AtomicReference<String> cursor = new AtomicReference<>();
            AtomicInteger inFlight = new AtomicInteger();
            int count = (int) Math.round(settings.rate() * settings.durationSeconds());
            long period = (long) (1e9 / settings.rate());
            String loadBefore = MachineInfo.loadAverage();
            // Warm-up: a few sequential listings, so the first measured ones do not pay for class loading.
            for (int i = 0; i < 20; i++) {
                hub.get(agency, "/inbox?limit=" + settings.listingPageSize());
            }
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            for (int i = 0; i < count; i++) {
                long intended = start + i * period;
                long wait;
                while ((wait = intended - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                boolean first = i % 2 == 0;
                String after = cursor.get();
                String path = first ? "/inbox?limit=" + settings.listingPageSize()
                        : "/inbox?includeFetched=true&limit=" + settings.listingPageSize() + (after == null ? "" : "&after=" + after);
                inFlight.incrementAndGet();
                hub.getAsync(agency, path).whenComplete((response, failure) -> {
                    long end = System.nanoTime();
                    inFlight.decrementAndGet();
                    if (failure != null || response.statusCode() != 200) {
                        errors.computeIfAbsent(failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode(),
                                k -> new AtomicInteger()).incrementAndGet();
                        return;
                    }
                    (first ? firstPage : nextPage).record(intended, end);
                    if (!first) {
                        cursor.compareAndSet(after, nextCursor(response));
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
            out.printf(Locale.ROOT, "%nInbox listing of %s: %.1f requests/s for %d s, errors %s%n", agency, settings.rate(),
                    settings.durationSeconds(), new TreeMap<>(errors));
            out.println(Stage.header());
            out.println(firstPage.line(settings.durationSeconds()));
            out.println(nextPage.line(settings.durationSeconds()));
            out.printf("  load average before %s, after %s%n", loadBefore, MachineInfo.loadAverage());
        }
    }

    private static String nextCursor(HttpResponse<String> response) {
        JsonObject json = HubClient.json(response);
        return json.containsKey("nextCursor") && !json.isNull("nextCursor") ? json.getString("nextCursor") : null;
    }
}
