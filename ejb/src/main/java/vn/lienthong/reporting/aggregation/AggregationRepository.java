package vn.lienthong.reporting.aggregation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads everything below a recipient in one period with one query: the obligations on its chain
 * (one range of the index on recipient_path) and their current submissions' figures. Plain JDBC,
 * because an aggregate over thousands of reporters must not become thousands of managed entities.
 */
@ApplicationScoped
public class AggregationRepository {

    private static final String BELOW = """
            SELECT o.agency_code, o.recipient_code, o.level_no, o.due_at, o.first_submitted_at,
                   v.indicator_code, v.row_key, v.col_key, v.num_value, v.text_value
            FROM report_obligation o LEFT JOIN report_value v ON v.submission_id = o.current_submission_id
            WHERE o.period_id = ? AND (o.recipient_path LIKE ? OR o.agency_code = ?)""";

    @Resource(lookup = "jdbc/lienthong")
    DataSource dataSource;

    /**
     * The reporters of the period at or below {@code agency}.
     *
     * @param pathBelow the recipient path of the units directly below the agency: its own path followed by its
     *                  code when it reports itself, {@code /code/} when it is the top of its chain
     */
    public List<UnitReport> below(String periodId, AgencyCode agency, String pathBelow) {
        // By the code as read: thousands of rows per agency code would otherwise each parse and check it.
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(BELOW)) {
            s.setString(1, periodId);
            s.setString(2, pathBelow + "%");
            s.setString(3, agency.value());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String code = r.getString(1);
                    Row row = rows.get(code);
                    if (row == null) {
                        row = new Row(AgencyCode.of(code), AgencyCode.of(r.getString(2)), r.getInt(3), instant(r.getTimestamp(4)),
                                Optional.ofNullable(instant(r.getTimestamp(5))), ReportData.builder());
                        rows.put(code, row);
                    }
                    String indicator = r.getString(6);
                    if (indicator != null) {
                        Cell cell = Cell.of(indicator, r.getString(7), r.getString(8));
                        java.math.BigDecimal number = r.getBigDecimal(9);
                        if (number != null) {
                            row.data().number(cell, number.stripTrailingZeros());
                        } else if (r.getString(10) != null) {
                            row.data().text(cell, r.getString(10));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The aggregation query failed: " + e.getMessage(), e);
        }
        List<UnitReport> units = new ArrayList<>(rows.size());
        rows.values().forEach(row -> units.add(new UnitReport(row.agency(), row.recipient(), row.level(), row.dueAt(),
                row.firstSubmittedAt(), row.data().build())));
        return units;
    }

    private record Row(AgencyCode agency, AgencyCode recipient, int level, Instant dueAt, Optional<Instant> firstSubmittedAt,
                       ReportData.Builder data) {
    }

    /** The columns hold UTC wall-clock times (InstantConverter). */
    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
