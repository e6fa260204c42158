package vn.lienthong.procedure.statistics;

import java.time.Instant;
import java.util.List;

/**
 * A one-stop report: the counts of each agency or procedure over a period, and their total.
 *
 * @param asOf when the stock figures (in progress, paused) were taken: the period's end, or the
 *             time of the request for a period still running
 */
public record StatisticsReport(ReportingPeriod period, Instant asOf, StatisticsGrouping grouping, List<Row> rows,
                               OneStopCounts total) {

    /** @param key the agency code or the procedure code, depending on the grouping */
    public record Row(String key, OneStopCounts counts) {
    }

    public StatisticsReport {
        rows = List.copyOf(rows);
    }
}
