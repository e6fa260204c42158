package vn.lienthong.signature;

/** The four verdicts a package's signature can get. */
public enum SignatureOutcome {
    /** Signed, intact, by a trusted, unrevoked certificate bound to the sender. */
    VALID,
    /** Signed, but a check failed (which one is in the verdict). */
    INVALID,
    /** No XML signature at all. */
    UNSIGNED,
    /** Signed and intact, but a check could not be completed (e.g. the OCSP responder was unreachable). */
    INDETERMINATE
}
