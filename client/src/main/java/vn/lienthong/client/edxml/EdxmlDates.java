package vn.lienthong.client.edxml;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The format's own date forms, the only ones the client writes (docs/edxml.md, "Writing (strict)"). */
final class EdxmlDates {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    /** Dates and times in packages are Vietnam's, without an offset. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private EdxmlDates() {
    }

    static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(VIETNAM)).withNano(0);
    }
}
