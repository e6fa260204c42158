/**
 * The sender's view of what it sent: its sent list and, per document, each recipient's transport
 * state and the statuses it reported. Read-only; nothing here changes a document.
 */
package vn.lienthong.exchange.sent;
