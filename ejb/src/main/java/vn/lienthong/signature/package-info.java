/**
 * Digital signatures (chữ ký số) and proof: verifies the XML signature of every incoming package
 * against the operator's trust anchors, revocation (with the sources the operator configures per CA)
 * and the signer-to-agency bindings, records one verdict per document and per status, and signs the hub's own receipts and directory answers with the hub's key.
 */
package vn.lienthong.signature;
