package vn.lienthong.platform.outbox;

import java.util.Objects;

/** A queued row a relay claimed, and the token that lets it record the outcome (see {@link Lease}). */
public record Claimed<T>(T row, LeaseToken token) {

    public Claimed {
        Objects.requireNonNull(row);
        Objects.requireNonNull(token);
    }
}
