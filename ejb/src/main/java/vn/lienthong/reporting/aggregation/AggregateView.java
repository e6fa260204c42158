package vn.lienthong.reporting.aggregation;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a recipient sees for one period: the combined figures of itself and everything below it,
 * its own report, the rules the aggregate breaks, reporting rates (in all and per level), its
 * units drilled down to {@code depth} levels, and every reporter below it that has not submitted.
 */
public record AggregateView(String regime, String period, int regimeVersion, LocalDate windowFrom, LocalDate cutOff,
                            OffsetDateTime asOf, NodeView node, List<ViolationView> violations, List<MissingView> missing) {

    /**
     * One agency in the tree.
     *
     * @param status its own obligation's status, or null when it does not report itself
     * @param values what it and everything below it add up to
     * @param own    its own report's figures, or null
     */
    public record NodeView(String agency, String name, Integer level, String status, OffsetDateTime dueAt,
                           OffsetDateTime submittedAt, JsonObject values, JsonObject own, RatesView rates,
                           List<NodeView> units) {
    }

    public record RatesView(RateView total, Map<Integer, RateView> byLevel) {
    }

    public record RateView(long expected, long submitted, long onTime, long late, long overdue, BigDecimal submittedPercent,
                           BigDecimal onTimePercent) {

        static RateView of(RateCounts c) {
            return new RateView(c.expected(), c.submitted(), c.onTime(), c.late(), c.overdue(), c.submittedPercent(), c.onTimePercent());
        }
    }

    public record ViolationView(String rule, String severity, String formula, BigDecimal left, BigDecimal right,
                                String message, String messageEn) {
    }

    /** A reporter below that has not submitted: overdue (missing) or still pending. */
    public record MissingView(String agency, String name, int level, String recipient, OffsetDateTime dueAt, String status) {
    }
}
