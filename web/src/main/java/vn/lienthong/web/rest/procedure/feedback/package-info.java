/**
 * Citizen feedback over REST: the public submission and look-up, agencies' answers, and
 * administrators' publication queue. Translation only.
 */
package vn.lienthong.web.rest.procedure.feedback;
