/**
 * The SOAP contract (urn:lienthong:soap:v1), generated from the published WSDL in WEB-INF/wsdl:
 * endpoint classes here translate between its messages and the same services the REST resources
 * call, and turn refusals into faults carrying the REST problem codes.
 */
package vn.lienthong.web.soap;
