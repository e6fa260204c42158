package vn.lienthong.signature.verification;

/** The verdicts a package's signature can get. */
public enum SignatureOutcome {
    /** Signed, intact, by a trusted, unrevoked certificate bound to the sender. */
    VALID,
    /** Signed, but a check failed (which one is in the verdict). */
    INVALID,
    /** No XML signature at all. */
    UNSIGNED,
    /** Signed and intact, but a check could not be completed (e.g. the OCSP responder was unreachable). */
    INDETERMINATE,
    /**
     * Signed by the hub's own key, intact, the hub's certificate within its dates: a package the hub
     * originated itself in an agency's name (a dossier step's hand-over), not that agency's signature.
     */
    HUB_SIGNED
}
