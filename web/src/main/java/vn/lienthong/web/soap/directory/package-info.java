/**
 * The directory's SOAP endpoint, generated from the WSDL, calling the same services as REST.
 * Translation only.
 */
package vn.lienthong.web.soap.directory;
