package vn.lienthong.bench;

import java.io.PrintStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills a PostgreSQL database that a LienThong server has already migrated with
 * {@code bench.generate.documents} stored documents (10,000,000 by default), for the inbox listing
 * scenario. Each document has one delivery, to the active agencies in turn; a fraction of each
 * agency's documents ({@code bench.generate.waiting}, 1 % by default) is still waiting
 * (DELIVERED), the rest fetched.
 * Ids are time-ordered like the hub's and older than anything the hub accepts afterwards;
 * delivery ids are negative so they never meet the hub's sequence. The rows carry no package
 * bytes: they are for listing, not fetching. Batches of 200,000 rows commit on their own, so an
 * interrupted generation keeps what it made and can be continued with a larger offset
 * ({@code bench.generate.offset}).
 */
final class InboxDataGenerator {

    private static final int BATCH = 200_000;

    private final BenchSettings settings;
    private final PrintStream out;

    InboxDataGenerator(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        String url = settings.jdbcUrl().orElseThrow(() -> new IllegalArgumentException(
                "generate-inbox needs -Dbench.jdbc.url=jdbc:postgresql://host:port/lienthong (and bench.jdbc.user/password)"));
        long total = settings.generateDocuments();
        long offset = Long.parseLong(System.getProperty("bench.generate.offset", "0"));
        int waitingEvery = (int) Math.max(1, Math.round(1 / Math.max(settings.generateWaitingFraction(), 1e-9)));
        try (Connection c = DriverManager.getConnection(url, settings.jdbcUser(), settings.jdbcPassword())) {
            c.setAutoCommit(false);
            List<String> agencies = activeAgencies(c);
            Array recipients = c.createArrayOf("varchar", agencies.toArray());
            // The oldest generated document is "total" milliseconds before now; the hub's own ids come later.
            long baseMillis = System.currentTimeMillis() - total - 60_000;
            long started = System.nanoTime();
            for (long from = offset; from < offset + total; from += BATCH) {
                long to = Math.min(offset + total, from + BATCH) - 1;
                insertDocuments(c, from, to, baseMillis, recipients, waitingEvery);
                c.commit();
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf(Locale.ROOT, "  %,d documents stored (%.0f/s)%n", to + 1 - offset, (to + 1 - offset) / seconds);
            }
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("ANALYZE document");
                s.execute("ANALYZE delivery");
            }
            out.printf(Locale.ROOT, "Generated %,d documents for %d agencies (one waiting in %d) in %.0f s%n", total, agencies.size(),
                    waitingEvery, (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the inbox data failed: " + e.getMessage(), e);
        }
    }

    private static List<String> activeAgencies(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code FROM agency WHERE active ORDER BY code")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("No active agency: start the server once on this database with lienthong.sample.directory=true");
        }
        return codes;
    }

    private static void insertDocuments(Connection c, long from, long to, long baseMillis, Array recipients, int waitingEvery)
            throws SQLException {
        // id: 48-bit millisecond time, version 7, 12 bits and 62 bits derived from i (unique because the time is).
        String ids = "WITH g AS (SELECT i, lpad(to_hex(?::bigint + i), 12, '0') AS t, md5(i::text) AS h FROM generate_series(?::bigint, ?::bigint) AS i) ";
        String id = "substr(t, 1, 8) || '-' || substr(t, 9, 4) || '-7' || substr(h, 1, 3) || '-8' || substr(h, 4, 3) || '-' || substr(h, 7, 12)";
        try (PreparedStatement documents = c.prepareStatement(ids
                + "INSERT INTO document (id, sender_code, edxml_document_id, code_number, code_notation, subject, business_type, "
                + "promulgation_date, signed, attachment_count, size_bytes, sha256, received_at) "
                + "SELECT " + id + ", (?::varchar[])[1 + ((i / 7) % array_length(?::varchar[], 1))], "
                + "'GEN,' || i || '/BENCH-GEN', i::text, 'BENCH-GEN', 'Văn bản sinh cho đo tốc độ số ' || i, 0, "
                + "current_date, true, 1, 150000, h || h, to_timestamp((? + i) / 1000.0) AT TIME ZONE 'UTC' FROM g");
             PreparedStatement deliveries = c.prepareStatement(ids
                + "INSERT INTO delivery (id, document_id, recipient_code, state, queued_at, delivered_at, fetched_at, fetch_failures, "
                + "version_no, delivered_by) "
                + "SELECT -(i + 1), " + id + ", (?::varchar[])[1 + (i % array_length(?::varchar[], 1))], "
                + "CASE WHEN (i / array_length(?::varchar[], 1)) % ? = 0 THEN 'DELIVERED' ELSE 'FETCHED' END, "
                + "to_timestamp((? + i) / 1000.0) AT TIME ZONE 'UTC', to_timestamp((? + i) / 1000.0) AT TIME ZONE 'UTC', "
                + "CASE WHEN (i / array_length(?::varchar[], 1)) % ? = 0 THEN NULL ELSE to_timestamp((? + i) / 1000.0) AT TIME ZONE 'UTC' END, 0, 1, 'generated' FROM g")) {
            documents.setLong(1, baseMillis);
            documents.setLong(2, from);
            documents.setLong(3, to);
            documents.setArray(4, recipients);
            documents.setArray(5, recipients);
            documents.setLong(6, baseMillis);
            documents.executeUpdate();
            deliveries.setLong(1, baseMillis);
            deliveries.setLong(2, from);
            deliveries.setLong(3, to);
            deliveries.setArray(4, recipients);
            deliveries.setArray(5, recipients);
            deliveries.setArray(6, recipients);
            deliveries.setInt(7, waitingEvery);
            deliveries.setLong(8, baseMillis);
            deliveries.setLong(9, baseMillis);
            deliveries.setArray(10, recipients);
            deliveries.setInt(11, waitingEvery);
            deliveries.setLong(12, baseMillis);
            deliveries.executeUpdate();
        }
    }
}
