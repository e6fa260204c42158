package vn.lienthong.bench;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * What signing in costs per request: the same authenticated request, one that does no work of its
 * own ({@code GET /hub/certificate}), sent in turn to two hubs, {@code bench.url} and
 * {@code bench.compare.url} (say, two builds of the hub on the same database kind), one request
 * at a time over a kept-alive connection each. Taking turns makes a busy machine slow both alike,
 * so the difference of the two is what the builds differ in.
 */
final class SignInCostScenario {

    private static final String PATH = "/hub/certificate";
    private static final int WARM_UP = 500;

    private final BenchSettings settings;
    private final PrintStream out;

    SignInCostScenario(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        String compareUrl = settings.compareUrl()
                .orElseThrow(() -> new IllegalArgumentException("bench.compare.url names the second hub"));
        String[] names = {settings.baseUrl(), compareUrl};
        int count = settings.requests();
        long[][] took = new long[2][count];
        try (HubClient first = new HubClient(settings.baseUrl(), settings.secret());
             HubClient second = new HubClient(compareUrl, settings.secret())) {
            HubClient[] hubs = {first, second};
            for (int i = -WARM_UP; i < count; i++) {
                for (int hub = 0; hub < 2; hub++) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = hubs[hub].get(settings.loginAgency(), PATH);
                    long elapsed = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(names[hub] + PATH + " answered " + response.statusCode());
                    }
                    if (i >= 0) {
                        took[hub][i] = elapsed;
                    }
                }
            }
        }
        out.printf("%d authenticated GET %s per hub, in turns, after %d unmeasured%n", count, PATH, WARM_UP);
        for (int hub = 0; hub < 2; hub++) {
            long[] sorted = took[hub].clone();
            Arrays.sort(sorted);
            out.printf("%-45s mean %.3f ms  p50 %.3f  p90 %.3f  p99 %.3f%n", names[hub],
                    Arrays.stream(sorted).average().orElse(0) / 1e6, sorted[count / 2] / 1e6,
                    sorted[count * 9 / 10] / 1e6, sorted[count * 99 / 100] / 1e6);
        }
    }
}
