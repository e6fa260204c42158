package vn.lienthong.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Locale;

/**
 * Fills a PostgreSQL database that a LienThong server has migrated (docs/benchmarks.md,
 * "Reporting") for the aggregate scenario: {@code bench.reports.provinces} bench provinces
 * (top-level units B01, B02, ...) of 1,000 agencies each — the province, 9 departments, 30
 * districts of 32 communes — written straight into the directory with their change events; one
 * monthly regime of 20 indicators defined, and {@code bench.reports.periods} periods opened, over
 * REST as an administrator (so the hub derives the obligations itself); then a submission of 20
 * figures for 95 % of the obligations by bulk SQL. 10 provinces × 12 periods: 10,000 agencies,
 * about 114,000 reports, 2.3 million figures.
 */
final class ReportDataGenerator {

    static final String REGIME = "BC-BENCH";
    static final int INDICATORS = 20;

    private final BenchSettings settings;
    private final PrintStream out;

    ReportDataGenerator(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        String url = settings.jdbcUrl().orElseThrow(() -> new IllegalArgumentException(
                "generate-reports needs -Dbench.jdbc.url=jdbc:postgresql://host:port/lienthong (and bench.jdbc.user/password)"));
        int provinces = Integer.getInteger("bench.reports.provinces", 10);
        int periods = Integer.getInteger("bench.reports.periods", 12);
        if (provinces < 1 || provinces > 99 || periods < 1 || periods > 60) {
            throw new IllegalArgumentException("bench.reports.provinces is 1-99, bench.reports.periods 1-60");
        }
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, settings.jdbcUser(), settings.jdbcPassword())) {
            c.setAutoCommit(false);
            int agencies = agencies(c, provinces);
            c.commit();
            out.printf(Locale.ROOT, "  %,d agencies in the directory (%.0f s)%n", agencies, seconds(started));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            post(http, "/admin/reporting/regimes", regimeJson());
            out.printf(Locale.ROOT, "  regime %s defined (%d indicators)%n", REGIME, INDICATORS);
            YearMonth last = YearMonth.now(ZoneOffset.ofHours(7)).minusMonths(1);
            for (int p = periods - 1; p >= 0; p--) {
                String period = last.minusMonths(p).toString();
                post(http, "/reporting/regimes/" + REGIME + "/periods", "{\"period\": \"" + period + "\"}");
                out.printf(Locale.ROOT, "  period %s opened (%.0f s)%n", period, seconds(started));
            }
            long reports = reports(c);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE report_obligation");
                s.execute("ANALYZE report_submission");
                s.execute("ANALYZE report_value");
            }
            out.printf(Locale.ROOT, "Generated %,d agencies and %,d reports of %d figures in %.0f s%n", agencies, reports, INDICATORS,
                    seconds(started));
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the reports failed: " + e.getMessage(), e);
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * The bench provinces' agencies, each with its ADDED event numbered after the last one, under
     * the directory's lock row as the hub itself writes them, so that every server's cached tree
     * sees the change.
     */
    private int agencies(Connection c, int provinces) throws SQLException {
        long seq;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT last_seq FROM directory_state WHERE id = 1 FOR UPDATE")) {
            r.next();
            seq = r.getLong(1);
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        int count = 0;
        try (PreparedStatement agency = c.prepareStatement("INSERT INTO agency (code, name, parent_code, level_no, active, created_at, "
                + "updated_at, version_no) VALUES (?, ?, ?, ?, TRUE, ?, ?, 1) ON CONFLICT (code) DO NOTHING");
             PreparedStatement event = c.prepareStatement("INSERT INTO directory_event (seq, kind, agency_code, name, parent_code, "
                     + "level_no, active, occurred_at, actor, reason) VALUES (?, 'ADDED', ?, ?, ?, ?, TRUE, ?, 'bench', 'benchmark data')")) {
            for (int p = 1; p <= provinces; p++) {
                String unit = "B%02d".formatted(p);
                String province = "000.00.00." + unit;
                count += add(agency, event, province, "Tỉnh thử nghiệm hiệu năng " + unit, null, 1, now, ++seq);
                for (int d = 1; d <= 9; d++) {
                    count += add(agency, event, "000.00.%02d.%s".formatted(d, unit), "Sở thử nghiệm " + d + " " + unit, province, 2, now, ++seq);
                }
                for (int d = 31; d <= 60; d++) {
                    String district = "000.00.%02d.%s".formatted(d, unit);
                    count += add(agency, event, district, "Huyện thử nghiệm " + d + " " + unit, province, 2, now, ++seq);
                    for (int k = 1; k <= 32; k++) {
                        count += add(agency, event, "000.%02d.%02d.%s".formatted(k, d, unit), "Xã thử nghiệm " + k + "." + d + " " + unit,
                                district, 3, now, ++seq);
                    }
                }
                agency.executeBatch();
                event.executeBatch();
            }
        }
        try (PreparedStatement state = c.prepareStatement("UPDATE directory_state SET last_seq = ? WHERE id = 1")) {
            state.setLong(1, seq);
            state.executeUpdate();
        }
        return count;
    }

    private static int add(PreparedStatement agency, PreparedStatement event, String code, String name, String parent, int level,
                           Timestamp now, long seq) throws SQLException {
        agency.setString(1, code);
        agency.setString(2, name);
        agency.setString(3, parent);
        agency.setInt(4, level);
        agency.setTimestamp(5, now);
        agency.setTimestamp(6, now);
        agency.addBatch();
        event.setLong(1, seq);
        event.setString(2, code);
        event.setString(3, name);
        event.setString(4, parent);
        event.setInt(5, level);
        event.setTimestamp(6, now);
        event.addBatch();
        return 1;
    }

    /** One monthly regime: the bench provinces report to the Government Office, departments and districts to the province, communes to the district. */
    static String regimeJson() {
        StringBuilder indicators = new StringBuilder();
        for (int i = 1; i <= INDICATORS; i++) {
            String code = "CT%02d".formatted(i);
            if (i == 19) {
                indicators.append("{\"code\": \"CT19\", \"name\": \"Tỷ lệ đúng hạn\", \"type\": \"PERCENT\", \"aggregation\": \"WEIGHTED_AVERAGE\", \"weight\": \"CT02\"}");
            } else if (i == 20) {
                indicators.append("{\"code\": \"CT20\", \"name\": \"Thời gian ngắn nhất\", \"unit\": \"ngày\", \"type\": \"DECIMAL\", \"decimals\": 1, \"aggregation\": \"MIN\"}");
            } else {
                indicators.append("{\"code\": \"").append(code).append("\", \"name\": \"Chỉ tiêu ").append(i)
                        .append("\", \"unit\": \"hồ sơ\", \"type\": \"INTEGER\", \"min\": 0}");
            }
            indicators.append(i < INDICATORS ? ",\n" : "\n");
        }
        return """
                {"code": "%s", "name": "Báo cáo thử nghiệm hiệu năng", "kind": "PERIODIC", "frequency": "MONTH",
                 "issuer": "000.00.00.G22",
                 "reporters": [{"level": 1, "recipient": "000.00.00.G22", "deadline": {"dayOfMonth": 25}},
                               {"level": 2, "recipient": "PARENT", "deadline": {"workingDaysAfterCutOff": 5}},
                               {"level": 3, "recipient": "PARENT", "deadline": {"workingDaysAfterCutOff": 3}}],
                 "indicators": [%s],
                 "rules": [{"code": "QT01", "left": "CT02", "operator": "<=", "right": "CT01",
                            "message": "Chỉ tiêu 2 không vượt quá chỉ tiêu 1"}]}
                """.formatted(REGIME, indicators);
    }

    /**
     * A submission of the regime's 20 figures for 95 % of the bench agencies' obligations (by a hash
     * of the obligation), submitted a day before its deadline; CT02 ≤ CT01 as the rule asks.
     */
    private static long reports(Connection c) throws SQLException {
        String chosen = """
                FROM report_obligation o JOIN report_period p ON p.id = o.period_id
                WHERE p.regime_code = 'BC-BENCH' AND o.agency_code LIKE '%.B__' AND o.current_submission_id IS NULL
                  AND abs(hashint8(o.id)) % 100 < 95""";
        long reports;
        try (Statement s = c.createStatement()) {
            reports = s.executeUpdate("""
                    INSERT INTO report_submission (id, obligation_id, seq, submitted_at, submitted_by, channel, sha256, late)
                    SELECT 'bench-' || o.id, o.id, 1, o.due_at - interval '1 day', o.agency_code, 'REST',
                           md5(o.id::text) || md5('x' || o.id::text), FALSE
                    """ + chosen);
            s.executeUpdate("""
                    INSERT INTO report_value (submission_id, indicator_code, row_key, col_key, num_value)
                    SELECT 'bench-' || o.id, 'CT' || lpad(i::text, 2, '0'), '', '',
                           CASE WHEN i = 1 THEN 100 + abs(hashint8(o.id)) % 900
                                WHEN i = 2 THEN abs(hashint8(o.id)) % 100
                                WHEN i = 19 THEN abs(hashint8(o.id * 19)) % 10001 / 100.0
                                WHEN i = 20 THEN 1 + abs(hashint8(o.id * 20)) % 300 / 10.0
                                ELSE abs(hashint8(o.id * 31 + i)) % 1000 END
                    """ + chosen.replace("FROM report_obligation o", "FROM generate_series(1, 20) AS i, report_obligation o"));
            s.executeUpdate("""
                    UPDATE report_obligation SET current_submission_id = 'bench-' || id, first_submitted_at = due_at - interval '1 day',
                           last_submitted_at = due_at - interval '1 day', submission_count = 1
                    WHERE id IN (SELECT o.id
                    """ + chosen + ")");
        }
        return reports;
    }

    private void post(HttpClient http, String path, String json) {
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                System.getProperty("bench.admin", "admin:lienthong-dev-admin").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
