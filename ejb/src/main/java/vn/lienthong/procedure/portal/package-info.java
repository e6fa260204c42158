/**
 * Synchronisation with the national public service portal (Cổng Dịch vụ công quốc gia): every
 * dossier change queued in the portal outbox with the change, sent by a relay, retried, and
 * reconciled against what the portal holds. The portal's HTTP client and settings are here.
 */
package vn.lienthong.procedure.portal;
