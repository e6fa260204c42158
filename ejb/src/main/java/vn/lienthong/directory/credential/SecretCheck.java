package vn.lienthong.directory.credential;

/**
 * What checking the secret an agency's software presented found. The web layer counts only
 * {@link #REFUSED} as a guess: a repeat of a secret already found wrong (software left with an old
 * secret, retrying) tells the caller nothing new and costs no hashing.
 */
public enum SecretCheck {
    /** The agency's current secret. */
    CURRENT_SECRET,
    /** The secret it replaced, within its grace period. */
    PREVIOUS_SECRET,
    /** Wrong, or no active agency with that code has a secret. */
    REFUSED,
    /** The same wrong secret as a recent attempt, against an unchanged credential: refused from memory. */
    REFUSED_AGAIN;

    public boolean signedIn() {
        return this == CURRENT_SECRET || this == PREVIOUS_SECRET;
    }
}
