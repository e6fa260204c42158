package vn.lienthong.evidence.log;

import java.time.Instant;
import java.util.Objects;

/** A pending entry's fields as the sealer links them: its id (the order) and what the chain entry will hold. */
record PendingLink(long id, Instant at, String kind, String document, String agency, String detail) {

    PendingLink {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
    }
}
