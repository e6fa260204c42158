/**
 * The certificate authorities the hub trusts (the operator's truststore) and the PKIX path from a
 * signer's certificate up to one of them. Revocation is asked of {@code signature.revocation}.
 */
package vn.lienthong.signature.trust;
