/**
 * Administrators' view of the portal outbox and its reconciliation. Translation only.
 */
package vn.lienthong.web.rest.procedure.portal;
