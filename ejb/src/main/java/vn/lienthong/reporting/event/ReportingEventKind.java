package vn.lienthong.reporting.event;

/** What happened. */
public enum ReportingEventKind {
    /** A period opened: obligations exist (one event for the period, no agency). */
    PERIOD_OPENED,
    /** A deadline is near and the report has not come (lienthong.reporting.reminder-before). */
    REMINDER,
    /** A deadline passed without the report (thiếu báo cáo). */
    OVERDUE,
    /** A report came on time. */
    SUBMITTED,
    /** A report came after its deadline. */
    SUBMITTED_LATE,
    /** A report was replaced by a corrected one (the reason is the detail). */
    CORRECTED,
    /** The recipient stopped taking submissions for the obligation. */
    CLOSED,
    /** The recipient took submissions again (the reason is the detail). */
    REOPENED
}
