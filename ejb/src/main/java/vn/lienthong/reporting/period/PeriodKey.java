package vn.lienthong.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of a regime, as agencies write it: {@code 2026-11} (month), {@code 2026-Q4} (quarter),
 * {@code 2026-H1} (half-year), {@code 2026-9M} (nine months), {@code 2026} (year), or the label an
 * issuing body gave an ad hoc period ({@code DX-2026-03}). A key that exists is valid for its
 * frequency; its data window follows from the regime's {@link WindowRule}.
 *
 * @param number the month (1–12), quarter (1–4) or half (1–2); 1 for nine months and years; 0 ad hoc
 */
public record PeriodKey(Frequency frequency, int year, int number, String label) implements Comparable<PeriodKey> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern NINE = Pattern.compile("(\\d{4})-9M");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern AD_HOC = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public PeriodKey {
        Objects.requireNonNull(frequency, "frequency");
        if (frequency == Frequency.AD_HOC) {
            if (label == null || !AD_HOC.matcher(label).matches()) {
                throw new InvalidPeriodKeyException("An ad hoc period is named by 1-40 letters, digits, '.', '_' or '-', not '" + label + "'",
                        "Kỳ báo cáo đột xuất được đặt tên bằng 1-40 chữ cái, chữ số, '.', '_' hoặc '-', không phải '" + label + "'");
            }
            year = 0;
            number = 0;
        } else {
            if (year < 2000 || year > 2999) {
                throw new InvalidPeriodKeyException("A period lies within the years 2000-2999", "Kỳ báo cáo phải nằm trong các năm 2000-2999");
            }
            int max = switch (frequency) {
                case MONTH -> 12;
                case QUARTER -> 4;
                case HALF_YEAR -> 2;
                default -> 1;
            };
            if (number < 1 || number > max) {
                throw new InvalidPeriodKeyException("No period " + number + " in a " + frequency + " regime",
                        "Không có kỳ " + number + " trong chế độ báo cáo " + frequency);
            }
            label = format(frequency, year, number);
        }
    }

    /** Reads a period as written for a regime of this frequency. */
    public static PeriodKey parse(Frequency frequency, String text) {
        String t = text == null ? "" : text.strip();
        Matcher m;
        switch (frequency) {
            case MONTH -> {
                if ((m = MONTH.matcher(t)).matches()) {
                    return new PeriodKey(frequency, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null);
                }
            }
            case QUARTER -> {
                if ((m = QUARTER.matcher(t)).matches()) {
                    return new PeriodKey(frequency, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null);
                }
            }
            case HALF_YEAR -> {
                if ((m = HALF.matcher(t)).matches()) {
                    return new PeriodKey(frequency, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null);
                }
            }
            case NINE_MONTHS -> {
                if ((m = NINE.matcher(t)).matches()) {
                    return new PeriodKey(frequency, Integer.parseInt(m.group(1)), 1, null);
                }
            }
            case YEAR -> {
                if ((m = YEAR.matcher(t)).matches()) {
                    return new PeriodKey(frequency, Integer.parseInt(m.group(1)), 1, null);
                }
            }
            case AD_HOC -> {
                return new PeriodKey(frequency, 0, 0, t);
            }
        }
        throw new InvalidPeriodKeyException("'" + t + "' is not a period of a " + frequency + " regime; write it as " + example(frequency),
                "'" + t + "' không phải kỳ báo cáo của chế độ " + frequency + "; hãy viết dạng " + example(frequency));
    }

    private static String example(Frequency frequency) {
        return switch (frequency) {
            case MONTH -> "2026-11";
            case QUARTER -> "2026-Q4";
            case HALF_YEAR -> "2026-H1";
            case NINE_MONTHS -> "2026-9M";
            case YEAR -> "2026";
            case AD_HOC -> "DX-2026-01";
        };
    }

    private static String format(Frequency frequency, int year, int number) {
        return switch (frequency) {
            case MONTH -> "%04d-%02d".formatted(year, number);
            case QUARTER -> year + "-Q" + number;
            case HALF_YEAR -> year + "-H" + number;
            case NINE_MONTHS -> year + "-9M";
            case YEAR -> String.valueOf(year);
            case AD_HOC -> throw new IllegalStateException();
        };
    }

    /** The key as written: {@code 2026-Q4}. */
    public String text() {
        return label;
    }

    /** The days the period's figures cover under the rule; ad hoc periods have the window their opener gave. */
    public DataWindow window(WindowRule rule) {
        if (frequency == Frequency.AD_HOC) {
            throw new IllegalStateException("An ad hoc period's window is set when it is opened");
        }
        YearMonth first = YearMonth.of(year, firstMonth());
        YearMonth last = first.plusMonths(months() - 1L);
        return switch (rule) {
            case DECREE_09 -> new DataWindow(first.minusMonths(1).atDay(15), last.atDay(14));
            case CALENDAR -> new DataWindow(first.atDay(1), last.atEndOfMonth());
        };
    }

    private int firstMonth() {
        return switch (frequency) {
            case MONTH -> number;
            case QUARTER -> number * 3 - 2;
            case HALF_YEAR -> number * 6 - 5;
            default -> 1;
        };
    }

    private int months() {
        return switch (frequency) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case NINE_MONTHS -> 9;
            case YEAR -> 12;
            case AD_HOC -> 0;
        };
    }

    /** The period before this one; none for ad hoc periods. */
    public Optional<PeriodKey> previous() {
        return switch (frequency) {
            case AD_HOC -> Optional.empty();
            case NINE_MONTHS, YEAR -> year > 2000 ? Optional.of(new PeriodKey(frequency, year - 1, 1, null)) : Optional.empty();
            default -> {
                int perYear = 12 / months();
                int y = number == 1 ? year - 1 : year;
                int n = number == 1 ? perYear : number - 1;
                yield y >= 2000 ? Optional.of(new PeriodKey(frequency, y, n, null)) : Optional.empty();
            }
        };
    }

    /**
     * The period whose window holds {@code day}: under Decree 09 a day from the 15th on belongs to
     * the next month's window. Empty when no window holds it (nine-month periods leave the end of
     * the year out) and for ad hoc regimes.
     */
    public static Optional<PeriodKey> containing(Frequency frequency, WindowRule rule, LocalDate day) {
        if (frequency == Frequency.AD_HOC) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(day);
        if (rule == WindowRule.DECREE_09 && day.getDayOfMonth() >= 15) {
            month = month.plusMonths(1);
        }
        int m = month.getMonthValue();
        int y = month.getYear();
        return switch (frequency) {
            case MONTH -> Optional.of(new PeriodKey(frequency, y, m, null));
            case QUARTER -> Optional.of(new PeriodKey(frequency, y, (m - 1) / 3 + 1, null));
            case HALF_YEAR -> Optional.of(new PeriodKey(frequency, y, m <= 6 ? 1 : 2, null));
            case NINE_MONTHS -> m <= 9 ? Optional.of(new PeriodKey(frequency, y, 1, null)) : Optional.empty();
            case YEAR -> Optional.of(new PeriodKey(frequency, y, 1, null));
            case AD_HOC -> Optional.empty();
        };
    }

    /** Periods of one frequency in time order; ad hoc periods by label. */
    @Override
    public int compareTo(PeriodKey other) {
        if (frequency == Frequency.AD_HOC || other.frequency == Frequency.AD_HOC) {
            return label.compareTo(other.label);
        }
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(firstMonth(), other.firstMonth());
    }

    @Override
    public String toString() {
        return label;
    }
}
