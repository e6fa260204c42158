package vn.lienthong.reporting.aggregation;

import vn.lienthong.reporting.regime.AggregationKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What one cell's figures add up to over a set of reporters (or periods): enough to finish any
 * aggregation rule, and to be merged with another set's. Weighted averages keep Σ(value × weight)
 * and Σ weight so that combining sub-totals gives exactly the average over all reporters.
 */
final class Accumulator {

    private long count;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal min;
    private BigDecimal max;
    private BigDecimal weightedSum = BigDecimal.ZERO;
    private BigDecimal weights = BigDecimal.ZERO;

    /** One reporter's figure, with its own weight when the rule is a weighted average. */
    void add(BigDecimal value, Optional<BigDecimal> weight) {
        count++;
        sum = sum.add(value);
        min = min == null || value.compareTo(min) < 0 ? value : min;
        max = max == null || value.compareTo(max) > 0 ? value : max;
        weight.ifPresent(w -> {
            weightedSum = weightedSum.add(value.multiply(w));
            weights = weights.add(w);
        });
    }

    /** Another set of reporters' figures for the same cell. */
    void merge(Accumulator other) {
        if (other.count == 0) {
            return;
        }
        count += other.count;
        sum = sum.add(other.sum);
        min = min == null || other.min.compareTo(min) < 0 ? other.min : min;
        max = max == null || other.max.compareTo(max) > 0 ? other.max : max;
        weightedSum = weightedSum.add(other.weightedSum);
        weights = weights.add(other.weights);
    }

    Accumulator copy() {
        Accumulator c = new Accumulator();
        c.merge(this);
        return c;
    }

    long count() {
        return count;
    }

    /** The combined figure under the rule; empty for NONE, or a weighted average without weight. */
    Optional<BigDecimal> result(AggregationKind rule, int decimals) {
        if (count == 0) {
            return Optional.empty();
        }
        return switch (rule) {
            case SUM, LATEST -> Optional.of(sum);
            case MIN -> Optional.of(min);
            case MAX -> Optional.of(max);
            case WEIGHTED_AVERAGE -> weights.signum() == 0 ? Optional.empty()
                    : Optional.of(weightedSum.divide(weights, decimals, RoundingMode.HALF_UP));
            case NONE -> Optional.empty();
        };
    }
}
