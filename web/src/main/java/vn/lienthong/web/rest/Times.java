package vn.lienthong.web.rest;

import vn.lienthong.platform.time.HubClock;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Instants go on the wire as ISO-8601 with Vietnam's offset, the time agencies read. */
public final class Times {

    private Times() {
    }

    public static OffsetDateTime local(Instant instant) {
        return HubClock.local(instant);
    }
}
