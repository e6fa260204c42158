/**
 * Digital signatures (chữ ký số): the verdict on every incoming package's signature
 * ({@code verification}) against the operator's trust anchors ({@code trust}), revocation
 * ({@code revocation}), the agencies' policies and signer bindings ({@code policy}), signatures in
 * PDF attachments ({@code pdf}), and the hub's own key that signs receipts and directory answers
 * ({@code hubkey}). Signature signs and verifies the bytes it is handed and knows nothing of
 * documents or deliveries: receipts are the exchange's ({@code exchange.receipt}).
 */
package vn.lienthong.signature;
