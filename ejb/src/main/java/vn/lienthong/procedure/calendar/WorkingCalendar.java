package vn.lienthong.procedure.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A working-time calendar (lịch làm việc) of one province or agency: office hours per weekday,
 * public holidays (ngày nghỉ lễ) and make-up working days (ngày làm bù) that turn a weekend day
 * into a working day. All times are local wall-clock times of the calendar's place; Vietnam has a
 * single zone without daylight saving, so wall-clock arithmetic is exact.
 *
 * <p>Immutable; build one with {@link #builder()} or load it with {@link CalendarDefinition}.
 */
public final class WorkingCalendar {

    /** How far the calendar looks for working time before declaring itself broken (ten years). */
    private static final int SEARCH_LIMIT_DAYS = 3660;

    private final String name;
    private final Map<DayOfWeek, WorkingHours> week;
    private final WorkingHours makeUpDayHours;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;
    private final Duration workingDayLength;

    private WorkingCalendar(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.week = Map.copyOf(b.week);
        this.makeUpDayHours = b.makeUpDayHours;
        this.holidays = Set.copyOf(b.holidays);
        this.makeUpDays = Set.copyOf(b.makeUpDays);
        this.workingDayLength = b.workingDayLength;
        for (LocalDate day : makeUpDays) {
            if (holidays.contains(day)) {
                throw new IllegalArgumentException(day + " is listed both as a holiday and as a make-up working day");
            }
        }
        if (makeUpDayHours.isDayOff()) {
            throw new IllegalArgumentException("Make-up days need office hours");
        }
        if (workingDayLength.isZero() || workingDayLength.isNegative()) {
            throw new IllegalArgumentException("A working day must last a positive time");
        }
        if (week.values().stream().allMatch(WorkingHours::isDayOff)) {
            throw new IllegalArgumentException("A calendar needs at least one working weekday");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String name() {
        return name;
    }

    /** How much working time one working day of a legal processing time stands for (8 hours by default). */
    public Duration workingDayLength() {
        return workingDayLength;
    }

    /** The office hours of a date: none on a holiday, the make-up hours on a make-up day, else the weekday's. */
    public WorkingHours hoursOn(LocalDate date) {
        if (holidays.contains(date)) {
            return WorkingHours.NONE;
        }
        if (makeUpDays.contains(date)) {
            return makeUpDayHours;
        }
        return week.getOrDefault(date.getDayOfWeek(), WorkingHours.NONE);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !hoursOn(date).isDayOff();
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isMakeUpDay(LocalDate date) {
        return makeUpDays.contains(date);
    }

    /** The holidays and make-up days of the data, in order: what an operator checks after editing it. */
    public Set<LocalDate> holidays() {
        return new TreeSet<>(holidays);
    }

    public Set<LocalDate> makeUpDays() {
        return new TreeSet<>(makeUpDays);
    }

    /** The given date if it is a working day, otherwise the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw noWorkingTimeAfter(date.atStartOfDay());
    }

    /** The closing time of a working day (17:00 by default). */
    public LocalDateTime closeOf(LocalDate workingDay) {
        WorkingHours hours = hoursOn(workingDay);
        if (hours.isDayOff()) {
            throw new IllegalArgumentException(workingDay + " is not a working day");
        }
        return workingDay.atTime(hours.periods().get(hours.periods().size() - 1).end());
    }

    /**
     * The moment the clock actually starts for something that arrives at {@code time}: the time
     * itself inside office hours, otherwise the start of the next working period (after 17:00 the
     * next working morning, over lunch 13:30, on a day off the next working day's opening).
     */
    public LocalDateTime nextWorkingMoment(LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        LocalTime from = time.toLocalTime();
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++) {
            for (WorkingPeriod period : hoursOn(day).periods()) {
                if (from.isBefore(period.end())) {
                    return day.atTime(from.isAfter(period.start()) ? from : period.start());
                }
            }
            day = day.plusDays(1);
            from = LocalTime.MIDNIGHT;
        }
        throw noWorkingTimeAfter(time);
    }

    /**
     * The moment at which {@code amount} of working time has elapsed since {@code from}. Time
     * outside office hours does not count. A result that uses up a period exactly is that period's
     * end (11:30, 17:00), not the next opening.
     */
    public LocalDateTime plusWorkingTime(LocalDateTime from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Negative working time: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Duration remaining = amount;
        LocalDate day = from.toLocalDate();
        LocalTime cursor = from.toLocalTime();
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++) {
            for (WorkingPeriod period : hoursOn(day).periods()) {
                if (!cursor.isBefore(period.end())) {
                    continue;
                }
                LocalTime start = cursor.isAfter(period.start()) ? cursor : period.start();
                Duration available = Duration.between(start, period.end());
                if (remaining.compareTo(available) <= 0) {
                    return day.atTime(start).plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            day = day.plusDays(1);
            cursor = LocalTime.MIDNIGHT;
        }
        throw noWorkingTimeAfter(from);
    }

    /** The working time inside {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            for (WorkingPeriod period : hoursOn(day).periods()) {
                LocalDateTime start = max(day.atTime(period.start()), from);
                LocalDateTime end = min(day.atTime(period.end()), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private IllegalStateException noWorkingTimeAfter(LocalDateTime time) {
        return new IllegalStateException("Calendar " + name + " has no working time within ten years after " + time);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + name + "]";
    }

    public static final class Builder {
        private String name = "unnamed";
        private final Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        private WorkingHours makeUpDayHours = WorkingHours.STANDARD;
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final Set<LocalDate> makeUpDays = new TreeSet<>();
        private Duration workingDayLength = Duration.ofHours(8);

        private Builder() {
            for (DayOfWeek day : DayOfWeek.values()) {
                boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
                week.put(day, weekend ? WorkingHours.NONE : WorkingHours.STANDARD);
            }
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder hours(DayOfWeek day, WorkingHours hours) {
            week.put(day, Objects.requireNonNull(hours));
            return this;
        }

        public Builder makeUpDayHours(WorkingHours hours) {
            this.makeUpDayHours = Objects.requireNonNull(hours);
            return this;
        }

        public Builder holiday(LocalDate date) {
            holidays.add(date);
            return this;
        }

        public Builder holidays(LocalDate first, LocalDate last) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                holidays.add(d);
            }
            return this;
        }

        public Builder makeUpDay(LocalDate date) {
            makeUpDays.add(date);
            return this;
        }

        public Builder workingDayLength(Duration length) {
            this.workingDayLength = Objects.requireNonNull(length);
            return this;
        }

        public WorkingCalendar build() {
            return new WorkingCalendar(this);
        }
    }
}
