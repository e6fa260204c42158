package vn.lienthong.signature.verification;

/** Which check a signature failed or could not complete; each maps to one refusal code. */
public enum SignatureCheck {
    STRUCTURE("SIGNATURE_INVALID"),
    ALGORITHM("SIGNATURE_ALGORITHM_REFUSED"),
    DIGEST("SIGNATURE_INVALID"),
    SIGNATURE_VALUE("SIGNATURE_INVALID"),
    CERTIFICATE_EXPIRED("CERTIFICATE_EXPIRED"),
    CERTIFICATE_UNTRUSTED("CERTIFICATE_UNTRUSTED"),
    CERTIFICATE_REVOKED("CERTIFICATE_REVOKED"),
    REVOCATION_UNKNOWN("SIGNATURE_INDETERMINATE"),
    SIGNER_BINDING("SIGNER_NOT_OF_SENDER"),
    PRESENCE("SIGNATURE_REQUIRED");

    private final String refusalCode;

    SignatureCheck(String refusalCode) {
        this.refusalCode = refusalCode;
    }

    /** The problem code a refusal for this check carries (docs/api.md). */
    public String refusalCode() {
        return refusalCode;
    }
}
