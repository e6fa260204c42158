/**
 * Evidence over REST: the message log's verification ({@code GET /api/v1/admin/evidence/chain}) and a
 * document's evidence bundle ({@code GET /api/v1/evidence/{documentId}}). Translation only; the
 * services check the caller.
 */
package vn.lienthong.web.rest.evidence;
