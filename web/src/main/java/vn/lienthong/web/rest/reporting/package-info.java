/**
 * REST resources of national reporting (Decree 09/2019; docs/reporting.md): regimes and their
 * administration, periods, obligations, submissions, aggregates and their exports, QCVN 125
 * interchange. Each method translates HTTP to one reporting service call and back.
 */
package vn.lienthong.web.rest.reporting;
