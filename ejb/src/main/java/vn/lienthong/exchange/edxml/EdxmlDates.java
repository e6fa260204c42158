package vn.lienthong.exchange.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The format's own date and time forms, {@code yyyy/MM/dd} and {@code yyyy/MM/dd HH:mm:ss}, which
 * the hub always writes (Vietnam local time). The other forms senders use are read under
 * {@link EdxmlTolerances}.
 */
public final class EdxmlDates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private EdxmlDates() {
    }

    /** A date in any form the lenient reader accepts. */
    public static Optional<LocalDate> parseDate(String text) {
        return EdxmlTolerances.LENIENT.date(text);
    }

    /** A date-time in any form the lenient reader accepts. */
    public static Optional<LocalDateTime> parseDateTime(String text) {
        return EdxmlTolerances.LENIENT.dateTime(text);
    }
}
