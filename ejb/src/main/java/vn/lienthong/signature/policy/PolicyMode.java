package vn.lienthong.signature.policy;

/** What an agency's packages must carry. */
public enum PolicyMode {
    /** Only a package with a valid signature is accepted (the default for real agencies). */
    REQUIRE_VALID,
    /** An unsigned package is accepted too, with the verdict UNSIGNED recorded; a broken signature is still refused. */
    ACCEPT_UNSIGNED
}
