package vn.lienthong.signature.revocation;

/** What happens when no OCSP responder or CRL answers about a certificate. */
public enum RevocationFailure {
    /** Accept, with the verdict INDETERMINATE recorded. */
    SOFT,
    /** Refuse the package (SIGNATURE_INDETERMINATE); the sender may try again later. */
    HARD
}
