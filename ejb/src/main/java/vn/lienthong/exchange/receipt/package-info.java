/**
 * The hub's signed receipts (biên nhận): an acceptance receipt for each accepted document and a
 * delivery receipt for each confirmed fetch, made once and kept. The receipt's content is read from
 * the document and its deliveries here; {@code signature.hubkey} only signs the bytes.
 */
package vn.lienthong.exchange.receipt;
