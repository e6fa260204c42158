/**
 * Synchronisation with the national public service portal (Cổng Dịch vụ công quốc gia): every
 * dossier change queued in the hub's outbox with the change (queue {@code portal-sync}), sent in order
 * per dossier by {@link vn.lienthong.procedure.portal.PortalSender}, retried, and reconciled against
 * what the portal holds. The portal's HTTP client and settings are here.
 */
package vn.lienthong.procedure.portal;
