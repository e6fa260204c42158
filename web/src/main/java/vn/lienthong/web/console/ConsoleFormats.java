package vn.lienthong.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.platform.time.HubClock;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and numbers as the console's reader writes them: dd/MM/yyyy, 24-hour times in the
 * hub's time zone, "1.234,5" in Vietnamese and "1,234.5" in English.
 */
@Named("fmt")
@RequestScoped
public class ConsoleFormats {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);

    @Inject
    ConsoleLocale locale;

    public String date(LocalDate day) {
        return day == null ? "—" : day.format(locale.isVietnamese() ? VI_DATE : EN_DATE);
    }

    public String time(Instant instant) {
        return instant == null ? "—" : instant.atZone(HubClock.ZONE).format(locale.isVietnamese() ? VI_TIME : EN_TIME);
    }

    /** A time the API writes with its offset (reporting, feedback), shown like every other time. */
    public String at(OffsetDateTime time) {
        return time == null ? "—" : time(time.toInstant());
    }

    public String number(Number n) {
        return n == null ? "—" : NumberFormat.getNumberInstance(locale.getLocale()).format(n);
    }

    /** A share as a percentage with one decimal, "—" when there is nothing to divide. */
    public String percent(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale.getLocale());
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(100.0 * part / whole) + " %";
    }
}
