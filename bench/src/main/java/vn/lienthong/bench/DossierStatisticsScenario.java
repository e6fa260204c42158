package vn.lienthong.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the statistics reports over REST ({@code GET /statistics/dossiers}), one after the other,
 * as an administrator: each query {@code bench.repeat} times (5) after one unmeasured call, and
 * prints the fastest, median and slowest answer. Meant for a database filled by
 * {@link DossierDataGenerator} (1,000,000 dossiers on PostgreSQL for the target).
 */
final class DossierStatisticsScenario {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final BenchSettings settings;
    private final PrintStream out;

    DossierStatisticsScenario(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        int repeat = Integer.parseInt(System.getProperty("bench.repeat", "5"));
        String agency = System.getProperty("bench.statistics.agency", "000.00.10.H20");
        String procedure = System.getProperty("bench.statistics.procedure", "1.004227");
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                System.getProperty("bench.admin", "admin:lienthong-dev-admin").getBytes(StandardCharsets.UTF_8));
        LocalDate today = LocalDate.now(VIETNAM);
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        String month = today.toString().substring(0, 7);
        LocalDate aYearAgo = today.minusYears(1);
        String pastQuarter = aYearAgo.getYear() + "-Q" + ((aYearAgo.getMonthValue() - 1) / 3 + 1);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("every agency, this quarter", "period=" + quarter + "&groupBy=agency");
        queries.put("every agency, a quarter a year ago", "period=" + pastQuarter + "&groupBy=agency");
        queries.put("every procedure, this year", "period=" + today.getYear() + "&groupBy=procedure");
        queries.put("one agency by procedure, this year", "period=" + today.getYear() + "&agency=" + agency + "&groupBy=procedure");
        queries.put("one agency, this month", "period=" + month + "&agency=" + agency);
        queries.put("one procedure by agency, this quarter", "period=" + quarter + "&procedure=" + procedure);
        queries.put("every agency, three years", "from=" + today.minusYears(3).plusDays(1) + "&to=" + today + "&groupBy=agency");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        out.printf("%-40s %10s %10s %10s  %s%n", "query", "min ms", "median ms", "max ms", "answer");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/statistics/dossiers?" + q.getValue()))
                    .timeout(Duration.ofMinutes(5)).header("Authorization", authorization).GET().build();
            String answer = send(http, request);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                long started = System.nanoTime();
                send(http, request);
                millis.add((System.nanoTime() - started) / 1e6);
            }
            Collections.sort(millis);
            out.printf(Locale.ROOT, "%-40s %10.1f %10.1f %10.1f  %s%n", q.getKey(), millis.get(0), millis.get(millis.size() / 2),
                    millis.get(millis.size() - 1), summary(answer));
            out.printf("    GET /statistics/dossiers?%s%n", q.getValue());
        }
    }

    private static String send(HttpClient http, HttpRequest request) {
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

    /** The number of rows and the total's received and returned counts, to show the query did count. */
    private static String summary(String json) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        JsonObject total = o.getJsonObject("total");
        return String.format(Locale.ROOT, "%d rows, carried over %d, received %d, resolved %d, on time %s %%",
                o.getJsonArray("rows").size(), total.getJsonNumber("carriedOver").longValue(),
                total.getJsonObject("received").getJsonNumber("total").longValue(),
                total.getJsonObject("resolved").getJsonNumber("total").longValue(), total.get("onTimeRate"));
    }
}
