/**
 * Accepting a document package from a sender: reading and checking it outside any transaction
 * (sender, recipients, signatures, PDF attachments), then registering document, deliveries and
 * bytes in one transaction. Idempotent by Idempotency-Key, bytes and claimed DocumentId.
 */
package vn.lienthong.exchange.submission;
