/**
 * Administrators' view of the hand-over queue: failed hand-overs listed and re-driven. Translation only.
 */
package vn.lienthong.web.rest.procedure.handover;
