package vn.lienthong.signature.revocation;

import java.util.Objects;

/** What OCSP or a CRL said about one certificate: good, revoked, or nobody could say. */
public record RevocationStatus(State state, String source, String detail) {

    public enum State { GOOD, REVOKED, UNKNOWN }

    public RevocationStatus {
        Objects.requireNonNull(state);
        Objects.requireNonNull(source);
    }

    static RevocationStatus good(String source) {
        return new RevocationStatus(State.GOOD, source, null);
    }

    static RevocationStatus revoked(String source, String detail) {
        return new RevocationStatus(State.REVOKED, source, detail);
    }

    static RevocationStatus unknown(String source, String detail) {
        return new RevocationStatus(State.UNKNOWN, source, detail);
    }
}
