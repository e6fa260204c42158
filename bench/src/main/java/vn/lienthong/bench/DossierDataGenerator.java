package vn.lienthong.bench;

import java.io.PrintStream;
import java.sql.Array;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills a PostgreSQL database that a LienThong server has already migrated (with the sample
 * directory and catalogue) with {@code bench.generate.dossiers} dossiers (1,000,000 by default)
 * for the statistics scenario, by bulk SQL ({@code INSERT ... SELECT generate_series}).
 *
 * <p>Dossier <i>i</i> is received at an even pace over the last {@code bench.generate.days} days
 * (1,095), by the active agencies in turn, for the catalogue's procedures in turn; half in person,
 * four in ten online, one in ten by post; due ten days after receipt. Outcomes, by a hash of
 * <i>i</i> (PostgreSQL's {@code hashint8}): 70 % returned 1–15 days after receipt (early before day 10, on time on day 10, late
 * after), 5 % returned after a supplement pause of two days (an interval record), 5 % withdrawn,
 * 3 % refused, 2 % stopped, the rest returned as well except one in a hundred never finished
 * (overdue backlog). An outcome that would lie in the future is still open (processing, or
 * waiting for papers during its pause). Codes {@code BENCH-<i>} never meet the hub's.
 */
final class DossierDataGenerator {

    private static final int BATCH = 200_000;

    private final BenchSettings settings;
    private final PrintStream out;

    DossierDataGenerator(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        String url = settings.jdbcUrl().orElseThrow(() -> new IllegalArgumentException(
                "generate-dossiers needs -Dbench.jdbc.url=jdbc:postgresql://host:port/lienthong (and bench.jdbc.user/password)"));
        long total = Long.parseLong(System.getProperty("bench.generate.dossiers", "1000000"));
        long offset = Long.parseLong(System.getProperty("bench.generate.offset", "0"));
        int days = Integer.parseInt(System.getProperty("bench.generate.days", "1095"));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDateTime first = now.minusDays(days);
        double secondsApart = Duration.ofDays(days).toSeconds() / (double) (offset + total);
        try (Connection c = DriverManager.getConnection(url, settings.jdbcUser(), settings.jdbcPassword())) {
            c.setAutoCommit(false);
            Array agencies = c.createArrayOf("varchar", codes(c, "SELECT code FROM agency WHERE active ORDER BY code").toArray());
            Array procedures = c.createArrayOf("varchar", codes(c, "SELECT code FROM procedure_type ORDER BY code").toArray());
            long started = System.nanoTime();
            for (long from = offset; from < offset + total; from += BATCH) {
                long to = Math.min(offset + total, from + BATCH) - 1;
                insert(c, from, to, first, now, secondsApart, agencies, procedures);
                c.commit();
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf(Locale.ROOT, "  %,d dossiers stored (%.0f/s)%n", to + 1 - offset, (to + 1 - offset) / seconds);
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE dossier");
                s.execute("ANALYZE dossier_interval");
            }
            out.printf(Locale.ROOT, "Generated %,d dossiers received over %d days in %.0f s%n", total, days,
                    (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the dossiers failed: " + e.getMessage(), e);
        }
    }

    private static List<String> codes(Connection c, String sql) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("Nothing found by " + sql
                    + ": start the server once on this database with lienthong.sample.directory=true");
        }
        return codes;
    }

    private static void insert(Connection c, long from, long to, LocalDateTime first, LocalDateTime now, double secondsApart,
                               Array agencies, Array procedures) throws SQLException {
        // recv: receipt; h, c, d: outcome, channel and days to the outcome, hashed from i so that
        // they do not follow the agency (i modulo the number of agencies); close_at: when the
        // outcome happens (NULL: never); closed: it happened before now.
        String outcomes = """
                WITH g AS (
                  SELECT i, ?::timestamp + (i * ?::double precision) * interval '1 second' AS recv,
                         abs(hashint8(i)) % 100 AS h, abs(hashint8(i)) / 100 % 10 AS c, abs(hashint8(-1 - i)) % 15 + 1 AS d
                  FROM generate_series(?::bigint, ?::bigint) AS i),
                o AS (
                  SELECT g.*,
                    CASE WHEN h = 99 THEN NULL
                         WHEN h BETWEEN 70 AND 74 THEN recv + interval '2 days'
                         WHEN h BETWEEN 75 AND 77 THEN recv + interval '1 day'
                         WHEN h BETWEEN 78 AND 79 THEN recv + interval '5 days'
                         WHEN h BETWEEN 80 AND 84 THEN recv + (d + 4) * interval '1 day'
                         ELSE recv + d * interval '1 day' END AS close_at,
                    CASE WHEN h BETWEEN 70 AND 74 THEN 'WITHDRAWN' WHEN h BETWEEN 75 AND 77 THEN 'REFUSED'
                         WHEN h BETWEEN 78 AND 79 THEN 'STOPPED' ELSE 'RETURNED' END AS outcome,
                    h BETWEEN 80 AND 84 AND recv + interval '2 days' <= ?::timestamp AS pause_began,
                    h BETWEEN 80 AND 84 AND recv + interval '4 days' <= ?::timestamp AS pause_ended
                  FROM g),
                s AS (
                  SELECT o.*, close_at IS NOT NULL AND close_at <= ?::timestamp AS closed,
                         pause_began AND NOT pause_ended AS paused,
                         recv + CASE WHEN pause_ended THEN interval '12 days' ELSE interval '10 days' END AS due
                  FROM o)
                """;
        try (PreparedStatement dossiers = c.prepareStatement(outcomes + """
                INSERT INTO dossier (code, procedure_code, agency_code, channel, state, resume_state, current_step, step_count,
                    applicant_name, registered_at, received_at, due_at, extension_units, paused_since, finished_at,
                    returned_at, closed_at, timeliness, event_count, updated_at, version_no, lookup_key)
                SELECT 'BENCH-' || i, (?::varchar[])[1 + (i / 7) % array_length(?::varchar[], 1)],
                    (?::varchar[])[1 + i % array_length(?::varchar[], 1)],
                    CASE WHEN c < 5 THEN 1 WHEN c < 9 THEN 2 ELSE 3 END,
                    CASE WHEN closed THEN outcome WHEN paused THEN 'SUPPLEMENT_REQUESTED' ELSE 'PROCESSING' END,
                    CASE WHEN paused AND NOT closed THEN 'PROCESSING' END, 1, 1,
                    'Người nộp hồ sơ ' || i, recv, recv,
                    due, 0,
                    CASE WHEN paused AND NOT closed THEN recv + interval '2 days' END,
                    CASE WHEN closed AND outcome = 'RETURNED' THEN close_at END,
                    CASE WHEN closed AND outcome = 'RETURNED' THEN close_at END,
                    CASE WHEN closed THEN close_at END,
                    CASE WHEN closed AND outcome = 'RETURNED' THEN
                        CASE WHEN date_trunc('day', close_at) < date_trunc('day', due) THEN 'EARLY'
                             WHEN date_trunc('day', close_at) = date_trunc('day', due) THEN 'ON_TIME'
                             ELSE 'LATE' END END,
                    1, COALESCE(CASE WHEN closed THEN close_at END, recv), 1,
                    upper(substr(md5('key-' || i), 1, 8)) -- hex digits: characters of the look-up key alphabet
                FROM s""");
             PreparedStatement pauses = c.prepareStatement(outcomes + """
                INSERT INTO dossier_interval (dossier_code, seq, kind, started_at, ended_at, reason, due_before, due_after)
                SELECT 'BENCH-' || i, 1, 'SUPPLEMENT', recv + interval '2 days',
                    CASE WHEN pause_ended THEN recv + interval '4 days' END, 'Yêu cầu bổ sung (dữ liệu sinh)',
                    recv + interval '10 days', CASE WHEN pause_ended THEN recv + interval '12 days' END
                FROM s WHERE pause_began""")) {
            for (PreparedStatement s : List.of(dossiers, pauses)) {
                int p = 0;
                s.setTimestamp(++p, Timestamp.valueOf(first));
                s.setDouble(++p, secondsApart);
                s.setLong(++p, from);
                s.setLong(++p, to);
                s.setTimestamp(++p, Timestamp.valueOf(now));
                s.setTimestamp(++p, Timestamp.valueOf(now));
                s.setTimestamp(++p, Timestamp.valueOf(now));
                if (s == dossiers) {
                    s.setArray(++p, procedures);
                    s.setArray(++p, procedures);
                    s.setArray(++p, agencies);
                    s.setArray(++p, agencies);
                }
                s.executeUpdate();
            }
        }
    }
}
