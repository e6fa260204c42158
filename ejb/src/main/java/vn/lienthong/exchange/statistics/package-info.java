/**
 * Counts of what agencies sent and received on the axis over a span (documents, recipients,
 * signed shares, fetch times), computed by aggregate queries for the capabilities that report on the
 * axis. Read-only: nothing here changes a document.
 */
package vn.lienthong.exchange.statistics;
