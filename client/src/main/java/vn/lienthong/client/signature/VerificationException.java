package vn.lienthong.client.signature;

/** Something the hub signed does not verify against the pinned hub certificate. */
public class VerificationException extends Exception {

    public VerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
