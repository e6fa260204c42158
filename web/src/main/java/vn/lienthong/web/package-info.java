/**
 * The published contracts of the hub: REST resources and SOAP endpoints that translate between
 * the wire and the business services, problem documents for refusals, and authentication of
 * agency software. No business rule lives here.
 */
package vn.lienthong.web;
