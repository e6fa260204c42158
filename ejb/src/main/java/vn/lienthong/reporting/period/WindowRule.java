package vn.lienthong.reporting.period;

/** Which days a periodic report's figures cover. */
public enum WindowRule {
    /**
     * Decree 09 Art 12: from the 15th of the month before the period's first month to the 14th of
     * its last month (a quarter Q1 covers 15 Dec – 14 Mar; a year 15 Dec – 14 Dec).
     */
    DECREE_09,
    /** Calendar months: from the first day of the period's first month to the last day of its last month. */
    CALENDAR
}
