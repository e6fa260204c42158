package vn.lienthong.reporting;

import vn.lienthong.platform.time.HubClock;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Times in views are written as agencies read them: ISO-8601 with Vietnam's offset. */
public final class Views {

    private Views() {
    }

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(HubClock.ZONE).toOffsetDateTime();
    }
}
