/**
 * The reporting SOAP endpoint ({@code /soap/v1/reporting}, contract lienthong-reporting-v1.wsdl):
 * obligations, submissions, aggregates and report status over SOAP, translated to the same reporting
 * services as REST, with faults from the same problem catalogue.
 */
package vn.lienthong.web.soap.reporting;
