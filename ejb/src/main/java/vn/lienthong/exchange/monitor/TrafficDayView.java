package vn.lienthong.exchange.monitor;

import java.time.LocalDate;

/**
 * One day of the axis in the hub's time zone: documents accepted ({@code sent}) and how many of
 * them were signed, deliveries that reached their recipient, and refusals (status 02) recipients
 * reported.
 */
public record TrafficDayView(LocalDate day, long sent, long signed, long delivered, long refused) {

    public TrafficDayView {
        if (day == null || sent < 0 || signed < 0 || signed > sent || delivered < 0 || refused < 0) {
            throw new IllegalArgumentException("a day's traffic needs a day and counts that add up");
        }
    }
}
