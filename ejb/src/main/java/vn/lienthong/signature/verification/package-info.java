/**
 * The verdict on a package's signature: XML signature, certificate path, revocation and the
 * signer's binding to the sending agency, checked cheapest first under the sender's policy, before
 * anything is stored. One verdict per document and per status is recorded.
 */
package vn.lienthong.signature.verification;
