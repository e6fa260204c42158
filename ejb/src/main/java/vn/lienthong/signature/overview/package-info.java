/**
 * What the administrators' console shows of the signature set-up: trust anchors, revocation
 * sources with how fresh their CRLs are, and the certificates that expire soon (hub key, trust
 * anchors, agencies' client certificates). It reads the settings and changes nothing.
 */
package vn.lienthong.signature.overview;
