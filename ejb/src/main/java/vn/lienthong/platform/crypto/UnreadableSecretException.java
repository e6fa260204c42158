package vn.lienthong.platform.crypto;

import jakarta.ejb.ApplicationException;

/**
 * A sealed secret that does not open with this server's key: sealed with another key, altered, or
 * moved to another row. Not the caller's error and not a failure of the hub's code, but of its
 * configuration or data: the caller decides (a push fails with this reason), nothing is rolled back.
 */
@ApplicationException(rollback = false)
public class UnreadableSecretException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableSecretException(String message) {
        super(message);
    }
}
