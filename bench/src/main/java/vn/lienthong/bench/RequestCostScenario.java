package vn.lienthong.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What one request costs when nothing else is asked of the hub (issue 15): requests one at a time
 * over one kept-alive connection, the latency of each (p50/p90/p99) and, with
 * {@code bench.server.pid}, the server's CPU time per request (its process CPU before and after,
 * less what it burns idle over as long). CPU time is the figure to compare on a shared machine;
 * latency there measures the neighbours too.
 * <ul>
 * <li>{@code lone-submit}: a small unsigned document (docs/examples/document.edxml, 4.6 KB, one
 * recipient), each with a DocumentId of its own, {@code POST /documents} until 201;</li>
 * <li>{@code request-cost}: the liveness check ({@code GET /health/live}, no sign-in; {@code /health} itself runs the readiness checks, a keystore load among them) against an
 * authenticated request that does no work of its own ({@code GET /hub/certificate}), in turns.</li>
 * </ul>
 */
final class RequestCostScenario {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long IDLE_MILLIS = 3000;

    private final BenchSettings settings;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;
    private final Optional<ServerCpu> cpu;

    RequestCostScenario(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.loginAgency() + ":" + settings.secret()).getBytes(StandardCharsets.UTF_8));
        this.cpu = ServerCpu.of(settings.serverPid());
        if (cpu.isEmpty()) {
            out.println("No server CPU figure: give -Dbench.server.pid=<pid> of a server on this machine");
        }
    }

    /** Lone small submissions, one at a time. */
    void loneSubmit() {
        LoneDocument document = LoneDocument.read(Path.of(System.getProperty("bench.lone.package", defaultPackage())),
                settings.loginAgency());
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        URI uri = URI.create(settings.baseUrl() + "/documents");
        IntFunction<HttpRequest> request = i -> HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", authorization).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document.numbered(runId, i))).build();
        out.printf("Hub %s: lone submissions of %s (%d bytes, from %s), one at a time%n", settings.baseUrl(),
                document.source(), document.size(), settings.loginAgency());
        int count = settings.requests();
        int warmUp = Math.max(50, count / 5);
        measure(List.of(new Kind("POST /documents (201)", 201, request)), warmUp, count);
    }

    /** The health check against an authenticated no-op, in turns. */
    void requestCost() {
        String root = settings.baseUrl().replaceFirst("/api/v1$", "");
        HttpRequest health = HttpRequest.newBuilder(URI.create(root + "/health/live")).timeout(TIMEOUT).GET().build();
        HttpRequest noOp = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/hub/certificate")).timeout(TIMEOUT)
                .header("Authorization", authorization).GET().build();
        out.printf("Hub %s: GET /health/live against authenticated GET /hub/certificate (as %s), in turns%n",
                settings.baseUrl(), settings.loginAgency());
        int count = settings.requests();
        // Each kind runs alone for its CPU figure, after both are warm.
        Kind healthKind = new Kind("GET /health/live (no sign-in)", 200, i -> health);
        Kind noOpKind = new Kind("GET /hub/certificate (Basic)", 200, i -> noOp);
        measure(List.of(healthKind, noOpKind), Math.max(500, count / 5), 0);
        measure(List.of(healthKind), 0, count);
        measure(List.of(noOpKind), 0, count);
    }

    private record Kind(String name, int expected, IntFunction<HttpRequest> request) {
    }

    private void measure(List<Kind> kinds, int warmUp, int count) {
        int sequence = 0;
        for (int i = 0; i < warmUp; i++) {
            for (Kind kind : kinds) {
                send(kind, sequence++);
            }
        }
        if (count == 0) {
            return;
        }
        long idleCpuPerMilli = idleCpuNanosPerMilli();
        long cpuBefore = cpu.map(ServerCpu::nanos).orElse(0L);
        long wallBefore = System.nanoTime();
        long[][] took = new long[kinds.size()][count];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < kinds.size(); k++) {
                long start = System.nanoTime();
                send(kinds.get(k), sequence++);
                took[k][i] = System.nanoTime() - start;
            }
        }
        long wallNanos = System.nanoTime() - wallBefore;
        long cpuNanos = cpu.map(ServerCpu::nanos).orElse(0L) - cpuBefore;
        for (int k = 0; k < kinds.size(); k++) {
            long[] sorted = took[k].clone();
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "%-32s n=%d  mean %.3f ms  p50 %.3f  p90 %.3f  p99 %.3f  max %.3f%n", kinds.get(k).name(),
                    count, Arrays.stream(sorted).average().orElse(0) / 1e6, sorted[count / 2] / 1e6,
                    sorted[count * 9 / 10] / 1e6, sorted[count * 99 / 100] / 1e6, sorted[count - 1] / 1e6);
        }
        if (cpu.isPresent()) {
            int requests = count * kinds.size();
            double idle = idleCpuPerMilli * (wallNanos / 1e6);
            out.printf(Locale.ROOT, "Server CPU: %.3f ms per request (%.1f s over %d requests in %.1f s), "
                            + "%.3f ms per request less the idle server's own %.1f ms/s%n",
                    cpuNanos / 1e6 / requests, cpuNanos / 1e9, requests, wallNanos / 1e9,
                    (cpuNanos - idle) / 1e6 / requests, idleCpuPerMilli / 1e3);
        }
    }

    /** What the server burns with nobody asking (schedules, the broker), per millisecond. */
    private long idleCpuNanosPerMilli() {
        if (cpu.isEmpty()) {
            return 0;
        }
        long before = cpu.get().nanos();
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return (cpu.get().nanos() - before) / IDLE_MILLIS;
    }

    private void send(Kind kind, int sequence) {
        HttpResponse<String> response;
        HttpRequest request = kind.request().apply(sequence);
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() != kind.expected()) {
            throw new IllegalStateException(kind.name() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String defaultPackage() {
        Path here = Path.of("docs/examples/document.edxml");
        return Files.isReadable(here) ? here.toString() : "../docs/examples/document.edxml";
    }
}
