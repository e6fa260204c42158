package vn.lienthong.evidence.verification;

/** Why the verifier stopped at an entry. */
public enum BreakReason {
    /** An entry is missing: the sequence jumps. */
    GAP,
    /** The entry does not hold the hash of the entry before it. */
    PREVIOUS_HASH_MISMATCH,
    /** The entry's columns no longer give its canonical form: a column was edited. */
    FIELDS_CHANGED,
    /** The entry's hash is not SHA-256(previous hash || canonical form). */
    HASH_MISMATCH,
    /** The chain ends before entries the chain head or a signed head names: entries were removed. */
    TRUNCATED,
    /** A signed head names a hash other than the entry's at its sequence. */
    HEAD_MISMATCH,
    /** A signed head's signature does not verify with the hub certificate, or signs other content. */
    HEAD_SIGNATURE_INVALID
}
