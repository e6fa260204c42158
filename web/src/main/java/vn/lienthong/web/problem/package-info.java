/**
 * Refusals as RFC 9457 problem documents: one catalogue of codes with HTTP status and English and
 * Vietnamese titles, shared with the SOAP faults, and the mappers that write them.
 */
package vn.lienthong.web.problem;
