/**
 * Evidence bundles (gói bằng chứng): one document's package, receipts, statuses and log entries, with
 * the proof that links those entries to a signed chain head, in an ASiC-E style ZIP whose manifest the
 * hub key signs ({@code BundleWriter}); and the offline check of such a ZIP ({@code BundleVerifier},
 * {@code BundleVerifierCommand}). What goes in for a document is gathered by exchange, which knows documents.
 */
package vn.lienthong.evidence.bundle;
