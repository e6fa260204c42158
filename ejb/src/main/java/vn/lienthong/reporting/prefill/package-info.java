/**
 * Report pre-fill (điền sẵn số liệu báo cáo): the hub's own figures for each reporter of a period,
 * computed once the period's data window has closed by the Jakarta Batch job {@code report-prefill}
 * and kept (a statistics snapshot), so that every reporter confirms, and the validation compares
 * against, the same figures however long the reporting takes. Before the snapshot, and for a reporter
 * it has not reached yet, the figures are computed live (docs/reporting.md, "Pre-fill").
 */
package vn.lienthong.reporting.prefill;
