package vn.lienthong.reporting.period;

import vn.lienthong.platform.time.HubClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a report's figures cover (thời gian chốt số liệu), both ends included; the last day is
 * the cut-off. Instants are Vietnam's midnights.
 */
public record DataWindow(LocalDate from, LocalDate to) {

    public DataWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidPeriodKeyException("The data window ends (" + to + ") before it starts (" + from + ")",
                    "Thời gian chốt số liệu kết thúc (" + to + ") trước khi bắt đầu (" + from + ")");
        }
    }

    /** The last day of data. */
    public LocalDate cutOff() {
        return to;
    }

    public Instant start() {
        return from.atStartOfDay(HubClock.ZONE).toInstant();
    }

    /** The first instant after the window: midnight ending the cut-off day. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(HubClock.ZONE).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
