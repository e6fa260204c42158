package vn.lienthong.client.signature;

import java.security.cert.X509Certificate;

/**
 * A local verdict on a package's XML signature.
 *
 * @param signer the certificate whose key made the signature (null when unsigned or unreadable)
 */
public record Verification(Verdict verdict, String reason, X509Certificate signer) {

    public enum Verdict {
        /** Intact, signed by {@code signer}, and (when trust anchors were given) {@code signer} chains to one of them. */
        VALID,
        /** No XML signature. */
        UNSIGNED,
        /** The package changed after signing, or the signature's value, shape or algorithm is wrong. */
        INVALID,
        /** Intact, but {@code signer} does not chain to the trust anchors given, or is outside its validity. */
        UNTRUSTED
    }

    public boolean valid() {
        return verdict == Verdict.VALID;
    }

    static Verification invalid(String reason) {
        return new Verification(Verdict.INVALID, reason, null);
    }
}
