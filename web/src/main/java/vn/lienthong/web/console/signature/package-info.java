/** The console's signatures page: trust anchors, revocation sources and their freshness, expiring certificates, an agency's policy and signers. */
package vn.lienthong.web.console.signature;
