package vn.lienthong.web.rest.procedure.statistics;

import vn.lienthong.procedure.statistics.OneStopCounts;
import vn.lienthong.procedure.statistics.StatisticsGrouping;
import vn.lienthong.procedure.statistics.StatisticsReport;
import vn.lienthong.web.rest.Times;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A one-stop report on the wire (docs/api.md, "Statistics"). */
public record StatisticsJson(PeriodJson period, OffsetDateTime asOf, String groupBy, List<RowJson> rows, CountsJson total) {

    public record PeriodJson(String label, LocalDate from, LocalDate to) {
    }

    /** One agency's or one procedure's counts: {@code agency} or {@code procedure} is set, as grouped. */
    public record RowJson(String agency, String procedure, CountsJson counts) {
    }

    public record ReceivedJson(long inPerson, long online, long postal, long total) {
    }

    public record ResolvedJson(long early, long onTime, long late, long total) {
    }

    public record InProgressJson(long withinDeadline, long overdue, long total) {
    }

    public record PausedJson(long supplement, long payment, long stopped) {
    }

    public record CountsJson(long carriedOver, ReceivedJson received, ResolvedJson resolved, InProgressJson inProgress,
                             PausedJson paused, long refused, long withdrawn, BigDecimal onTimeRate) {
        static CountsJson of(OneStopCounts c) {
            return new CountsJson(c.carriedOver(),
                    new ReceivedJson(c.receivedInPerson(), c.receivedOnline(), c.receivedByPost(), c.received()),
                    new ResolvedJson(c.resolvedEarly(), c.resolvedOnTime(), c.resolvedLate(), c.resolved()),
                    new InProgressJson(c.inProgressOnTime(), c.inProgressOverdue(), c.inProgress()),
                    new PausedJson(c.pausedSupplement(), c.pausedPayment(), c.stopped()),
                    c.refused(), c.withdrawn(), c.onTimeRate().percent());
        }
    }

    static StatisticsJson of(StatisticsReport report) {
        boolean byAgency = report.grouping() == StatisticsGrouping.AGENCY;
        List<RowJson> rows = report.rows().stream()
                .map(r -> new RowJson(byAgency ? r.key() : null, byAgency ? null : r.key(), CountsJson.of(r.counts())))
                .toList();
        return new StatisticsJson(new PeriodJson(report.period().label(), report.period().from(), report.period().to()),
                Times.local(report.asOf()), report.grouping().parameterName(), rows, CountsJson.of(report.total()));
    }
}
