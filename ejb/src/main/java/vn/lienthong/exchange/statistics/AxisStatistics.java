package vn.lienthong.exchange.statistics;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import vn.lienthong.directory.agency.AgencyCode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Counts of what agencies sent and received on the axis over a span, by aggregate queries (no
 * document is loaded): the figures the reporting capability pre-fills and totals up the hierarchy.
 * "External" means the other party's code lies under another top-level unit (ministry, province).
 */
@Stateless
public class AxisStatistics {

    /** Codes per query: the IN list of one statement. */
    private static final int CHUNK = 500;

    private static final String SENT = """
            SELECT d.sender_code, COUNT(*),
                   SUM(CASE WHEN v.outcome IS NOT NULL AND v.outcome <> 'UNSIGNED' THEN 1 ELSE 0 END)
            FROM document d LEFT JOIN signature_verdict v ON v.document_id = d.id
            WHERE d.received_at >= ? AND d.received_at < ? AND d.business_type <> 1 AND d.sender_code IN (%s)
            GROUP BY d.sender_code""";

    /** A document is external when one of its recipients is under another top-level unit than its sender. */
    private static final String SENT_EXTERNAL = """
            SELECT d.sender_code, COUNT(DISTINCT d.id)
            FROM document d JOIN delivery x ON x.document_id = d.id
            WHERE d.received_at >= ? AND d.received_at < ? AND d.business_type <> 1 AND d.sender_code IN (%s)
              AND SUBSTR(x.recipient_code, LENGTH(x.recipient_code) - 2) <> SUBSTR(d.sender_code, LENGTH(d.sender_code) - 2)
            GROUP BY d.sender_code""";

    private static final String RECEIVED = """
            SELECT x.recipient_code, COUNT(*),
                   SUM(CASE WHEN SUBSTR(d.sender_code, LENGTH(d.sender_code) - 2) <> SUBSTR(x.recipient_code, LENGTH(x.recipient_code) - 2)
                            THEN 1 ELSE 0 END)
            FROM delivery x JOIN document d ON d.id = x.document_id
            WHERE x.queued_at >= ? AND x.queued_at < ? AND d.business_type <> 1 AND x.recipient_code IN (%s)
            GROUP BY x.recipient_code""";

    private static final String REGISTERED = """
            SELECT x.recipient_code, COUNT(DISTINCT x.id)
            FROM delivery x JOIN document d ON d.id = x.document_id
                 JOIN status_report s ON s.document_id = x.document_id AND s.reporter_code = x.recipient_code
            WHERE x.queued_at >= ? AND x.queued_at < ? AND d.business_type <> 1 AND x.recipient_code IN (%s)
              AND s.status_code IN ('03', '04', '05', '06')
            GROUP BY x.recipient_code""";

    private static final String FETCHED = """
            SELECT x.recipient_code, COUNT(*)
            FROM delivery x
            WHERE x.fetched_at >= ? AND x.fetched_at < ? AND x.recipient_code IN (%s)
            GROUP BY x.recipient_code""";

    private static final String FETCH_TIMES = """
            SELECT x.queued_at, x.fetched_at
            FROM delivery x JOIN document d ON d.id = x.document_id
            WHERE x.recipient_code = ? AND x.queued_at >= ? AND x.queued_at < ? AND d.business_type <> 1""";

    @Resource(lookup = "jdbc/lienthong")
    DataSource dataSource;

    /** The counts of each agency over {@code [start, end)}; agencies without traffic get {@link AxisCounts#NONE}. */
    public Map<AgencyCode, AxisCounts> counts(Collection<AgencyCode> agencies, Instant start, Instant end) {
        Map<AgencyCode, long[]> found = new HashMap<>();
        agencies.forEach(a -> found.put(a, new long[7]));
        List<String> codes = agencies.stream().map(AgencyCode::value).distinct().toList();
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < codes.size(); from += CHUNK) {
                List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
                query(c, SENT, chunk, start, end, (r, n) -> {
                    n[0] = longAt(r, 2);
                    n[1] = longAt(r, 3);
                }, found);
                query(c, SENT_EXTERNAL, chunk, start, end, (r, n) -> n[2] = longAt(r, 2), found);
                query(c, RECEIVED, chunk, start, end, (r, n) -> {
                    n[3] = longAt(r, 2);
                    n[4] = longAt(r, 3);
                }, found);
                query(c, REGISTERED, chunk, start, end, (r, n) -> n[5] = longAt(r, 2), found);
                query(c, FETCHED, chunk, start, end, (r, n) -> n[6] = longAt(r, 2), found);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The axis statistics query failed: " + e.getMessage(), e);
        }
        Map<AgencyCode, AxisCounts> counts = new HashMap<>();
        found.forEach((a, n) -> counts.put(a, new AxisCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6])));
        return counts;
    }

    /** When each document the agency received in {@code [start, end)} was queued for it and fetched (null: not yet). */
    public List<Instant[]> fetchTimes(AgencyCode agency, Instant start, Instant end) {
        List<Instant[]> times = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FETCH_TIMES)) {
            s.setString(1, agency.value());
            s.setTimestamp(2, timestamp(start));
            s.setTimestamp(3, timestamp(end));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    times.add(new Instant[]{instant(r.getTimestamp(1)), instant(r.getTimestamp(2))});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The axis fetch-time query failed: " + e.getMessage(), e);
        }
        return times;
    }


    private static void query(Connection c, String sql, List<String> codes, Instant start, Instant end,
                              BiConsumer<ResultSet, long[]> read, Map<AgencyCode, long[]> into) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
        try (PreparedStatement s = c.prepareStatement(sql.formatted(marks))) {
            s.setTimestamp(1, timestamp(start));
            s.setTimestamp(2, timestamp(end));
            for (int i = 0; i < codes.size(); i++) {
                s.setString(3 + i, codes.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long[] n = into.get(AgencyCode.of(r.getString(1)));
                    if (n != null) {
                        read.accept(r, n);
                    }
                }
            }
        }
    }

    private static long longAt(ResultSet r, int column) {
        try {
            return r.getLong(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The columns hold UTC wall-clock times (InstantConverter). */
    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
