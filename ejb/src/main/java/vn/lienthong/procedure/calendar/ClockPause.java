package vn.lienthong.procedure.calendar;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A finished stop of the clock (tạm dừng), e.g. from a supplement request to the resubmission.
 * Local wall-clock times of the calendar's place. A pause still running has no end and is not a
 * {@code ClockPause} yet: the due date is settled only when it ends.
 */
public record ClockPause(LocalDateTime start, LocalDateTime end) {

    public ClockPause {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A pause cannot end (" + end + ") before it starts (" + start + ")");
        }
    }
}
