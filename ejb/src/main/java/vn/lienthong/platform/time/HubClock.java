package vn.lienthong.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The hub's clock. Instants are zone-free; the zone is Vietnam's because every date the hub
 * shows or writes into a package (edXML timestamps, appointment dates) is read there.
 */
@ApplicationScoped
public class HubClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** An instant as agencies read it in views: ISO-8601 with Vietnam's offset; {@code null} stays {@code null}. */
    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    /** Millisecond ticks: every database keeps at least that precision, so a time reads back as written. */
    @Produces
    Clock clock() {
        return Clock.tick(Clock.system(ZONE), Duration.ofMillis(1));
    }
}
