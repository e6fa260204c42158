/**
 * Whether a certificate was revoked: OCSP and CRLs, first from the sources the operator configures
 * per certificate authority, then those the certificate names, with a cache and a timeout. CRL
 * files the operator keeps in a directory are read here too.
 */
package vn.lienthong.signature.revocation;
