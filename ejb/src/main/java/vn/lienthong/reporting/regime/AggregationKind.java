package vn.lienthong.reporting.regime;

/**
 * How an indicator's figures combine up the hierarchy (commune → district → province → national)
 * and over several periods.
 */
public enum AggregationKind {
    /** Added up, across units and across periods. */
    SUM,
    /** Σ(value × weight) / Σ weight, the weight being another indicator (a rate weighted by its base). */
    WEIGHTED_AVERAGE,
    MIN,
    MAX,
    /** A stock at the cut-off: units add up; over several periods the latest period's figure counts. */
    LATEST,
    /** Not combined: shown per reporter only (texts, figures that do not add up). */
    NONE
}
