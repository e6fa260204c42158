package vn.lienthong.exchange.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates and times as senders write them. Read: {@code yyyy/MM/dd} (the format), ISO
 * {@code yyyy-MM-dd}, and {@code dd/MM/yyyy} seen in the wild; times {@code yyyy/MM/dd HH:mm:ss},
 * {@code dd/MM/yyyy HH:mm:ss} and ISO local date-times. Written: always the format's own
 * {@code yyyy/MM/dd} and {@code yyyy/MM/dd HH:mm:ss}. All are Vietnam local time.
 */
public final class EdxmlDates {

    public static final DateTimeFormatter DATE = pattern("uuuu/MM/dd");
    public static final DateTimeFormatter DATE_TIME = pattern("uuuu/MM/dd HH:mm:ss");

    private static final List<DateTimeFormatter> DATES = List.of(DATE, pattern("uuuu-MM-dd"), pattern("dd/MM/uuuu"));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DATE_TIME, pattern("dd/MM/uuuu HH:mm:ss"),
            pattern("uuuu-MM-dd HH:mm:ss"), pattern("uuuu-MM-dd'T'HH:mm:ss"), pattern("uuuu/MM/dd HH:mm"),
            pattern("uuuu-MM-dd'T'HH:mm:ss.SSS"));

    private EdxmlDates() {
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT);
    }

    public static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        // A date-time where a date is expected: keep the date.
        return parseDateTime(text).map(LocalDateTime::toLocalDate);
    }

    public static Optional<LocalDateTime> parseDateTime(String text) {
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text.strip(), f));
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return Optional.empty();
    }
}
