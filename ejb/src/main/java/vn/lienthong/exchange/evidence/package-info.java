/**
 * A document's evidence bundle (gói bằng chứng, docs/evidence.md): gathers what the hub holds for one
 * document (its package, receipts and status packages) and the message log's proof, and lets
 * {@code evidence.bundle} write and sign the ZIP. For administrators and the document's sender.
 */
package vn.lienthong.exchange.evidence;
