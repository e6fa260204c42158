package vn.lienthong.web.rest.signature;

import vn.lienthong.signature.SignatureVerdict;

import java.util.Optional;

/**
 * The hub's verdict on a document's signature, as recipients and senders see it: VALID, INVALID,
 * UNSIGNED or INDETERMINATE, the check at fault (with its refusal code), the reason, and the signer.
 */
public record SignatureJson(String verdict, String check, String code, String reason, String reasonVi, SignerJson signer) {

    public record SignerJson(String subject, String issuer, String fingerprint, String algorithm) {
    }

    public static SignatureJson of(SignatureVerdict v) {
        return new SignatureJson(v.outcome().name(), v.check() == null ? null : v.check().name(),
                v.check() == null ? null : v.check().refusalCode(), v.reasonEn(), v.reasonVi(),
                v.signerInfo().map(s -> new SignerJson(s.subject(), s.issuer(), s.fingerprint(), s.algorithm())).orElse(null));
    }

    /** Documents accepted before the hub verified signatures have no verdict: null on the wire. */
    public static SignatureJson of(Optional<SignatureVerdict> v) {
        return v.map(SignatureJson::of).orElse(null);
    }
}
