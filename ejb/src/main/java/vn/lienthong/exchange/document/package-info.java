/**
 * An accepted document and its package: the document row, the hub's time-ordered document id, the
 * package bytes stored exactly as received (spooled, hashed, in chunks) and the hub's trace header.
 * What submission, inbox, status and receipts share about a document is here.
 */
package vn.lienthong.exchange.document;
