package vn.lienthong.procedure.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** One stretch of office hours within a day, e.g. the morning 07:00–11:30. End exclusive. */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A working period must end after it starts: " + start + "-" + end);
        }
    }

    /** Parses {@code 07:00-11:30}. */
    public static WorkingPeriod parse(String text) {
        String[] parts = text.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected HH:mm-HH:mm, got '" + text + "'");
        }
        return new WorkingPeriod(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
