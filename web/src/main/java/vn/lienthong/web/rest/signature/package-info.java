/**
 * Signature administration over REST (policies, signer bindings, statistics), the hub's
 * certificate, and the interceptor that signs directory answers with the hub key.
 */
package vn.lienthong.web.rest.signature;
