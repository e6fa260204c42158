/**
 * The edXML package format of QCVN 102:2016 as real client software writes it: the model
 * ({@link vn.lienthong.exchange.edxml.EdxmlPackage} and its parts) and the tolerant, hardened
 * reader. Nothing here touches the database or the broker.
 */
package vn.lienthong.exchange.edxml;
