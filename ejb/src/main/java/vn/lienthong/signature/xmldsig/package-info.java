/**
 * XML-DSig read while a package streams past, in constant memory: the exclusive (and inclusive)
 * canonicaliser over StAX events, the scan that digests a package and keeps its one signature as a
 * small tree, and the reading of that signature the way the JDK's XML-DSig unmarshals one. What the
 * verdict is, and in which order the rules apply, is {@code vn.lienthong.signature.XmlSignatureVerifier}'s.
 */
package vn.lienthong.signature.xmldsig;
