package vn.lienthong.reporting.period;

/** How often a regime asks for a report (Decree 09 Art 12): its periods, one after another. */
public enum Frequency {
    /** {@code 2026-11} */
    MONTH,
    /** {@code 2026-Q4} */
    QUARTER,
    /** {@code 2026-H1}, {@code 2026-H2} */
    HALF_YEAR,
    /** {@code 2026-9M}: the first nine months */
    NINE_MONTHS,
    /** {@code 2026} */
    YEAR,
    /** A period an issuing body opens when it needs one, with a window and deadline it sets (Art 8.5c). */
    AD_HOC
}
