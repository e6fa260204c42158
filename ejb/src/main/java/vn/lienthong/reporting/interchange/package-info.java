/**
 * Exchange with other reporting systems (QCVN 125:2021/BTTTT message types, layouts assumed where
 * the standard could not be read; docs/reporting.md): the regime, indicator-catalogue, report-data
 * and report-status messages, so that a province's hub can hand its aggregate upward and take
 * reports from systems below it.
 */
package vn.lienthong.reporting.interchange;
