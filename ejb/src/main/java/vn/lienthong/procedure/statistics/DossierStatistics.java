package vn.lienthong.procedure.statistics;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.catalogue.UnknownProcedureException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periodic one-stop counts and the on-time rate (docs/procedures.md, "Statistics"), computed
 * by one aggregate query per report: the database counts, no dossier is loaded. The dossier row
 * is the source of truth (receipt, due, close and return times, state, timeliness); the interval
 * records tell whether a dossier was paused at the period's end and what its due date was then.
 */
@Stateless
public class DossierStatistics {

    /*
     * Only dossiers that touch the period are read: received before asOf and not closed before
     * the start (indexes on received_at and on closed_at, docs/benchmarks.md). Pauses never
     * overlap, so the join "paused at asOf" adds at most one row per dossier. The due date at asOf
     * is the one before the first pause or extension that began afterwards (the due date only
     * ever moves later), else the current one. :name parameters are bound by report().
     */
    private static final String QUERY = """
            SELECT d.%1$s,
              SUM(CASE WHEN d.received_at < :start THEN 1 ELSE 0 END),
              SUM(CASE WHEN d.received_at >= :start AND d.channel = 1 THEN 1 ELSE 0 END),
              SUM(CASE WHEN d.received_at >= :start AND d.channel = 2 THEN 1 ELSE 0 END),
              SUM(CASE WHEN d.received_at >= :start AND d.channel = 3 THEN 1 ELSE 0 END),
              SUM(CASE WHEN d.closed_at < :asOf AND d.state = 'RETURNED' AND d.timeliness = 'EARLY' THEN 1 ELSE 0 END),
              SUM(CASE WHEN d.closed_at < :asOf AND d.state = 'RETURNED' AND d.timeliness = 'ON_TIME' THEN 1 ELSE 0 END),
              SUM(CASE WHEN d.closed_at < :asOf AND d.state = 'RETURNED' AND d.timeliness = 'LATE' THEN 1 ELSE 0 END),
              SUM(CASE WHEN d.closed_at < :asOf AND d.state = 'STOPPED' THEN 1 ELSE 0 END),
              SUM(CASE WHEN d.closed_at < :asOf AND d.state = 'REFUSED' THEN 1 ELSE 0 END),
              SUM(CASE WHEN d.closed_at < :asOf AND d.state = 'WITHDRAWN' THEN 1 ELSE 0 END),
              SUM(CASE WHEN p.kind = 'SUPPLEMENT' THEN 1 ELSE 0 END),
              SUM(CASE WHEN p.kind = 'PAYMENT' THEN 1 ELSE 0 END),
              SUM(CASE WHEN (d.closed_at IS NULL OR d.closed_at >= :asOf) AND p.kind IS NULL
                        AND COALESCE(x.due_then, d.due_at) < :dueDayOver THEN 1 ELSE 0 END),
              SUM(CASE WHEN (d.closed_at IS NULL OR d.closed_at >= :asOf) AND p.kind IS NULL THEN 1 ELSE 0 END)
            FROM dossier d
            LEFT JOIN dossier_interval p ON p.dossier_code = d.code AND p.kind IN ('SUPPLEMENT', 'PAYMENT')
                 AND p.started_at < :asOf AND (p.ended_at IS NULL OR p.ended_at >= :asOf)
            LEFT JOIN (SELECT dossier_code, MIN(due_before) AS due_then FROM dossier_interval
                       WHERE started_at >= :asOf GROUP BY dossier_code) x ON x.dossier_code = d.code
            WHERE d.received_at < :asOf AND (d.closed_at IS NULL OR d.closed_at >= :start)%2$s
            GROUP BY d.%1$s
            ORDER BY d.%1$s""";

    private static final Pattern PARAMETER = Pattern.compile(":([a-zA-Z]+)");

    @Resource(lookup = "jdbc/lienthong")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ProcedureCatalogue catalogue;

    /**
     * The counts of each agency (or procedure) over the period, optionally of one agency and/or
     * one procedure only. Rows with nothing to count are left out.
     */
    public StatisticsReport report(ReportingPeriod period, StatisticsGrouping grouping, Optional<AgencyCode> agency,
                                   Optional<String> procedure) {
        procedure.ifPresent(code -> catalogue.find(code).orElseThrow(() -> new UnknownProcedureException(code)));
        Instant asOf = period.asOf(clock.instant());
        // Timeliness compares days (Timeliness.of): a dossier is overdue once its due day is over,
        // that is when its due date lies before the first instant of asOf's day.
        Instant dueDayOver = asOf.atZone(HubClock.ZONE).toLocalDate().atStartOfDay(HubClock.ZONE).toInstant();
        StringBuilder filters = new StringBuilder();
        agency.ifPresent(a -> filters.append(" AND d.agency_code = :agency"));
        procedure.ifPresent(p -> filters.append(" AND d.procedure_code = :procedure"));
        Map<String, Object> values = new HashMap<>();
        values.put("start", timestamp(period.start()));
        values.put("asOf", timestamp(asOf));
        values.put("dueDayOver", timestamp(dueDayOver));
        agency.ifPresent(a -> values.put("agency", a.value()));
        procedure.ifPresent(p -> values.put("procedure", p));
        List<Object> bound = new ArrayList<>();
        Matcher m = PARAMETER.matcher(QUERY.formatted(grouping.column(), filters));
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            bound.add(values.get(m.group(1)));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        List<StatisticsReport.Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < bound.size(); i++) {
                s.setObject(i + 1, bound.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new StatisticsReport.Row(r.getString(1), counts(r)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The statistics query failed: " + e.getMessage(), e);
        }
        OneStopCounts total = rows.stream().map(StatisticsReport.Row::counts).reduce(OneStopCounts.NONE, OneStopCounts::plus);
        return new StatisticsReport(period, asOf, grouping, rows, total);
    }

    private static OneStopCounts counts(ResultSet r) throws SQLException {
        long overdue = r.getLong(14);
        long notPaused = r.getLong(15);
        return new OneStopCounts(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                r.getLong(6), r.getLong(7), r.getLong(8),
                notPaused - overdue, overdue,
                r.getLong(12), r.getLong(13), r.getLong(9),
                r.getLong(10), r.getLong(11));
    }

    /** The columns hold UTC wall-clock times (InstantConverter). */
    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
