/**
 * Administrators' view of the portal queue (queue {@code portal-sync} of the hub's outbox) and its
 * reconciliation. Translation only.
 */
package vn.lienthong.web.rest.procedure.portal;
