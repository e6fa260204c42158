package vn.lienthong.procedure.calendar;

import java.util.Objects;

/** A legal processing time (thời hạn giải quyết), e.g. 15 working days. */
public record ProcessingTime(int amount, TimeLimitUnit unit) {

    public ProcessingTime {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > 3650) {
            throw new IllegalArgumentException("A processing time is 1 to 3650 units, got " + amount);
        }
    }

    public static ProcessingTime workingDays(int days) {
        return new ProcessingTime(days, TimeLimitUnit.WORKING_DAYS);
    }

    public static ProcessingTime workingHours(int hours) {
        return new ProcessingTime(hours, TimeLimitUnit.WORKING_HOURS);
    }

    public static ProcessingTime calendarDays(int days) {
        return new ProcessingTime(days, TimeLimitUnit.CALENDAR_DAYS);
    }
}
