package vn.lienthong.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times the aggregate of one regime over REST ({@code GET /reporting/regimes/BC-BENCH/periods/{p}/aggregate}),
 * as an administrator, one request after the other: a province (1,000 reporters) in each of the
 * generated periods in turn, then the national level (every bench province). {@code bench.repeat}
 * timed requests per query (200) after {@code bench.warmup} untimed ones (10); prints min, median,
 * p99 and max. Meant for a database filled by {@link ReportDataGenerator}.
 */
final class ReportingAggregateScenario {

    private final BenchSettings settings;
    private final PrintStream out;

    ReportingAggregateScenario(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        int repeat = Integer.getInteger("bench.repeat", 200);
        int warmup = Integer.getInteger("bench.warmup.requests", 10);
        int periods = Integer.getInteger("bench.reports.periods", 12);
        String province = System.getProperty("bench.reports.province", "000.00.00.B01");
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                System.getProperty("bench.admin", "admin:lienthong-dev-admin").getBytes(StandardCharsets.UTF_8));
        YearMonth last = YearMonth.now(ZoneOffset.ofHours(7)).minusMonths(1);
        Map<String, String[]> queries = new LinkedHashMap<>();
        String[] provincePaths = new String[periods];
        for (int p = 0; p < periods; p++) {
            provincePaths[p] = "/reporting/regimes/" + ReportDataGenerator.REGIME + "/periods/" + last.minusMonths(p) + "/aggregate?agency=" + province;
        }
        queries.put("province " + province + ", periods in turn", provincePaths);
        queries.put("national (000.00.00.G22), last period", new String[]{
                "/reporting/regimes/" + ReportDataGenerator.REGIME + "/periods/" + last + "/aggregate?agency=000.00.00.G22"});
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        out.printf("%-46s %8s %10s %10s %10s %10s  %s%n", "aggregate", "requests", "min ms", "median ms", "p99 ms", "max ms", "answer");
        for (Map.Entry<String, String[]> q : queries.entrySet()) {
            String[] paths = q.getValue();
            String answer = null;
            for (int i = 0; i < warmup; i++) {
                answer = send(http, paths[i % paths.length], authorization);
            }
            Histogram latencies = new Histogram(Duration.ofMinutes(5).toNanos(), 3);
            for (int i = 0; i < repeat; i++) {
                long started = System.nanoTime();
                answer = send(http, paths[i % paths.length], authorization);
                latencies.recordValue(System.nanoTime() - started);
            }
            out.printf(Locale.ROOT, "%-46s %8d %10.1f %10.1f %10.1f %10.1f  %s%n", q.getKey(), repeat,
                    latencies.getMinValue() / 1e6, latencies.getValueAtPercentile(50) / 1e6, latencies.getValueAtPercentile(99) / 1e6,
                    latencies.getMaxValue() / 1e6, summary(answer));
            out.printf("    GET %s%n", paths[0]);
        }
    }

    private String send(HttpClient http, String path, String authorization) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** How many reporters the aggregate covered and how many had submitted, to show it did aggregate. */
    private static String summary(String json) {
        JsonObject node = Json.createReader(new StringReader(json)).readObject().getJsonObject("node");
        JsonObject total = node.getJsonObject("rates").getJsonObject("total");
        return String.format(Locale.ROOT, "%d reporters, %d submitted, CT01 = %s", total.getInt("expected"), total.getInt("submitted"),
                node.getJsonObject("values").get("CT01"));
    }
}
