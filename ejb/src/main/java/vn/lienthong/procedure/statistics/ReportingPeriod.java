package vn.lienthong.procedure.statistics;

import vn.lienthong.platform.time.HubClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a one-stop report covers (kỳ báo cáo), both ends included, in Vietnam's calendar: a
 * month ({@code 2026-07}), a quarter ({@code 2026-Q3}), a half-year ({@code 2026-H1}), a year
 * ({@code 2026}) or any span of days ({@link #between}). A period that exists is valid: it starts
 * no later than it ends, lies within the years 2000–2999 and is at most ten years long.
 */
public record ReportingPeriod(LocalDate from, LocalDate to, String label) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    public ReportingPeriod {
        if (from == null || to == null) {
            throw new InvalidPeriodException("A period needs a first and a last day", "Kỳ báo cáo cần ngày đầu và ngày cuối");
        }
        if (to.isBefore(from)) {
            throw new InvalidPeriodException("The period ends (" + to + ") before it starts (" + from + ")",
                    "Kỳ báo cáo kết thúc (" + to + ") trước khi bắt đầu (" + from + ")");
        }
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new InvalidPeriodException("A period lies within the years 2000-2999", "Kỳ báo cáo phải nằm trong các năm 2000-2999");
        }
        if (to.isAfter(from.plusYears(10))) {
            throw new InvalidPeriodException("A period is at most ten years long", "Kỳ báo cáo dài tối đa mười năm");
        }
        label = label == null || label.isBlank() ? from + ".." + to : label;
    }

    /** {@code 2026}, {@code 2026-07}, {@code 2026-Q3} or {@code 2026-H1}. */
    public static ReportingPeriod parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), t);
        }
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw unreadable(t);
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return new ReportingPeriod(ym.atDay(1), ym.atEndOfMonth(), t);
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return months(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 3, t);
        }
        if ((m = HALF.matcher(t)).matches()) {
            return months(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 6 + 1, 6, t);
        }
        throw unreadable(t);
    }

    /** Any span of days, both ends included, given as ISO dates ({@code 2026-07-01}). */
    public static ReportingPeriod between(String from, String to) {
        return new ReportingPeriod(date(from, "from"), date(to, "to"), null);
    }

    /** The first instant of the period: midnight starting its first day, in Vietnam. */
    public Instant start() {
        return from.atStartOfDay(HubClock.ZONE).toInstant();
    }

    /** The first instant after the period: midnight ending its last day, in Vietnam. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(HubClock.ZONE).toInstant();
    }

    /**
     * The moment the period's stock figures (in progress, paused) are taken at: its end, or
     * {@code now} for a period that is still running. A period that has not begun has no figures.
     */
    public Instant asOf(Instant now) {
        if (!now.isAfter(start())) {
            throw new InvalidPeriodException("The period " + label + " has not begun", "Kỳ báo cáo " + label + " chưa bắt đầu");
        }
        return now.isBefore(end()) ? now : end();
    }

    private static ReportingPeriod months(int year, int firstMonth, int count, String label) {
        YearMonth first = YearMonth.of(year, firstMonth);
        return new ReportingPeriod(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth(), label);
    }

    private static LocalDate date(String text, String name) {
        try {
            if (text != null) {
                return LocalDate.parse(text.trim());
            }
        } catch (DateTimeParseException e) {
            // answered below, with the parameter named
        }
        throw new InvalidPeriodException("'" + name + "' must be a date such as 2026-07-01, not '" + text + "'",
                "'" + name + "' phải là ngày dạng 2026-07-01, không phải '" + text + "'");
    }

    private static InvalidPeriodException unreadable(String text) {
        return new InvalidPeriodException("Period '" + text + "' is not a year (2026), month (2026-07), quarter (2026-Q3) or half-year (2026-H1)",
                "Kỳ báo cáo '" + text + "' không phải năm (2026), tháng (2026-07), quý (2026-Q3) hay 6 tháng (2026-H1)");
    }
}
