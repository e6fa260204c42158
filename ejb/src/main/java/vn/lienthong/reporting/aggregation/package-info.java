/**
 * Aggregation up the hierarchy: each recipient sees its reporters' figures combined by each
 * indicator's rule (commune → district → province → national), with drill-down to every reporter,
 * who has not submitted, reporting rates, rule checks over the aggregate, and series over periods
 * that continue through mergers.
 */
package vn.lienthong.reporting.aggregation;
