package vn.lienthong.client.cli;

/** What {@code lienthong} exits with (docs/client.md): scripts switch on these. */
public enum ExitCode {
    OK(0),
    /** Something unexpected: a bug, a file that cannot be read or written. */
    FAILED(1),
    /** The command line is wrong: unknown command or option, missing argument. Nothing was sent. */
    USAGE(2),
    /** The hub refused the sign-in: wrong agency code or secret, TLS required, throttled (401, 403 on sign-in, 429 sign-in). */
    AUTH_REFUSED(3),
    /** The hub refused the package or request (4xx with a problem document): nothing was stored. */
    REFUSED(4),
    /** The hub could not be reached or was unavailable (connection, timeout, 503) after every retry: send again later. */
    UNAVAILABLE(5),
    /** A signature, receipt or digest did not verify. */
    VERIFICATION_FAILED(6);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
