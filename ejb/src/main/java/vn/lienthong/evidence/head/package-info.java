/**
 * Signed chain heads: on a schedule ({@code lienthong.evidence.head.interval}) the hub key signs the
 * chain's latest sequence and hash, timestamped by the receipts' TSA when one is configured.
 */
package vn.lienthong.evidence.head;
