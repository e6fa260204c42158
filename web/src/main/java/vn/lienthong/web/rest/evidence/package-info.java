/**
 * The message log's verification over REST ({@code GET /api/v1/admin/evidence/chain}). Translation
 * only; EvidenceVerification checks the caller.
 */
package vn.lienthong.web.rest.evidence;
