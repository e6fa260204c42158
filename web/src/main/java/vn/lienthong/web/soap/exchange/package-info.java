/**
 * The exchange's SOAP endpoint (contract first, generated from the WSDL): the same service calls as
 * REST, packages as MTOM attachments. Translation only.
 */
package vn.lienthong.web.soap.exchange;
