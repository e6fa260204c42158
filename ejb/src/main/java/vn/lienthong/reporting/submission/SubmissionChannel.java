package vn.lienthong.reporting.submission;

/** How a report came in. */
public enum SubmissionChannel {
    REST, SOAP,
    /** As a report attachment in a document package sent through the axis (the report is an official document). */
    AXIS,
    /** As a QCVN 125 report-data message from another reporting system. */
    INTERCHANGE
}
