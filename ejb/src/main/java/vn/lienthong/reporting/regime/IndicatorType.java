package vn.lienthong.reporting.regime;

/** What an indicator's figure is. */
public enum IndicatorType {
    /** A whole number (counts). */
    INTEGER,
    /** A number with up to {@code decimals} decimal places. */
    DECIMAL,
    /** A share between 0 and 100. */
    PERCENT,
    /** A narrative answer. */
    TEXT,
    /** A table: declared rows (each cell aggregated like the indicator) or free rows (a list). */
    TABLE;

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT;
    }
}
