/**
 * Indicators the hub computes itself from what it already holds — documents on the axis, their
 * signatures and statuses, one-stop dossiers — for a reporter over a report's data window,
 * pre-filled for the reporter to confirm or correct with a reason; and the axis statistics of
 * agencies and their units over any span.
 */
package vn.lienthong.reporting.indicator;
