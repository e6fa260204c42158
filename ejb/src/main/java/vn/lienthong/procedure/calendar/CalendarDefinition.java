package vn.lienthong.procedure.calendar;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads a working calendar from its data file (a UTF-8 properties file per province, see
 * docs/procedures.md). Strict on purpose: a typo in a holiday list would silently shift every
 * due date of a province, so an unknown key, a date filed under the wrong year or a malformed
 * time range is refused with the key named.
 *
 * <pre>
 * name=Lịch làm việc mặc định
 * working-day.hours=8
 * week.MONDAY=07:00-11:30,13:30-17:00      (missing weekdays: Mon–Fri standard, Sat–Sun off)
 * week.SATURDAY=                           (blank: day off)
 * make-up-day.hours=07:00-11:30,13:30-17:00
 * holidays.2026=2026-01-01, 2026-02-16..2026-02-20
 * make-up-days.2026=2026-01-10
 * </pre>
 */
public final class CalendarDefinition {

    private CalendarDefinition() {
    }

    public static WorkingCalendar read(Reader reader, String source) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return parse(properties, source);
    }

    public static WorkingCalendar parse(Properties properties, String source) {
        WorkingCalendar.Builder builder = WorkingCalendar.builder().name(source);
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            try {
                apply(builder, key, value);
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new InvalidCalendarException(source, key, e.getMessage());
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidCalendarException(source, null, e.getMessage());
        }
    }

    private static void apply(WorkingCalendar.Builder builder, String key, String value) {
        if (key.equals("name")) {
            builder.name(value);
        } else if (key.equals("working-day.hours")) {
            builder.workingDayLength(Duration.ofMinutes(Math.round(Double.parseDouble(value) * 60)));
        } else if (key.startsWith("week.")) {
            DayOfWeek day = DayOfWeek.valueOf(key.substring("week.".length()).toUpperCase(Locale.ROOT));
            builder.hours(day, WorkingHours.parse(value));
        } else if (key.equals("make-up-day.hours")) {
            builder.makeUpDayHours(WorkingHours.parse(value));
        } else if (key.startsWith("holidays.")) {
            int year = year(key, "holidays.");
            for (LocalDate[] range : dates(value, year)) {
                builder.holidays(range[0], range[1]);
            }
        } else if (key.startsWith("make-up-days.")) {
            int year = year(key, "make-up-days.");
            for (LocalDate[] range : dates(value, year)) {
                for (LocalDate d = range[0]; !d.isAfter(range[1]); d = d.plusDays(1)) {
                    builder.makeUpDay(d);
                }
            }
        } else {
            throw new IllegalArgumentException("unknown key");
        }
    }

    private static int year(String key, String prefix) {
        return Integer.parseInt(key.substring(prefix.length()));
    }

    /** {@code 2026-01-01, 2026-02-16..2026-02-20}: single dates and inclusive ranges, all within {@code year}. */
    private static java.util.List<LocalDate[]> dates(String value, int year) {
        java.util.List<LocalDate[]> ranges = new java.util.ArrayList<>();
        if (value.isBlank()) {
            return ranges;
        }
        for (String item : value.split(",")) {
            String[] ends = item.strip().split("\\.\\.");
            if (ends.length > 2) {
                throw new IllegalArgumentException("'" + item.strip() + "' is not a date or a range first..last");
            }
            LocalDate first = LocalDate.parse(ends[0].strip());
            LocalDate last = ends.length == 2 ? LocalDate.parse(ends[1].strip()) : first;
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("range " + item.strip() + " ends before it starts");
            }
            if (first.getYear() != year || last.getYear() != year) {
                throw new IllegalArgumentException(item.strip() + " is not in " + year);
            }
            ranges.add(new LocalDate[]{first, last});
        }
        return ranges;
    }
}
