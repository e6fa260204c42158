package vn.lienthong.platform.outbox;

import java.util.Objects;
import java.util.UUID;

/** Names the holder of one claim on one queued row (see {@link Lease}): a new random value per claim. */
public record LeaseToken(String value) {

    public LeaseToken {
        Objects.requireNonNull(value);
    }

    public static LeaseToken next() {
        return new LeaseToken(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
