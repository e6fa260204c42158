/**
 * Citizen feedback (phản ánh, kiến nghị): questions and complaints submitted by citizens, routed to
 * the responsible agency, answered by it and published without personal data, the publication
 * synchronised to the national portal through the hub's one queue (queue {@code feedback-publication}).
 */
package vn.lienthong.procedure.feedback;
