package vn.lienthong.procedure.dossier;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.InvalidAgencyCodeException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier code as provinces issue it, {@code {unit}-{yyMMdd}-{NNNN}}: the receiving unit's agency
 * code, the intake day in Vietnam's time, and a number per unit per day, at least four digits
 * ({@code 000.00.10.H20-260302-0007}). A code that exists is a valid code; its text is its
 * {@link #value()}, so a code read back from the text it printed is the same code.
 */
public record DossierCode(AgencyCode unit, LocalDate day, int number) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuMMdd");
    /** The number as printed: four digits, or more without a leading zero once past 9999. */
    private static final Pattern SHAPE = Pattern.compile("(.+)-(\\d{6})-(\\d{4}|[1-9]\\d{4,8})");

    public DossierCode {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(day, "day");
        if (number < 1) {
            throw new IllegalArgumentException("Dossier numbers start at 1");
        }
        if (day.getYear() < 2000 || day.getYear() > 2099) {
            throw new IllegalArgumentException("A dossier code's day has a two-digit year of this century: " + day);
        }
    }

    /**
     * The code printed exactly as {@code text}, if it is one: for codes that come from outside (URLs,
     * requests), where anything else is simply no dossier's code.
     */
    public static Optional<DossierCode> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DossierCode(AgencyCode.of(m.group(1)), LocalDate.parse(m.group(2), DAY),
                    Integer.parseInt(m.group(3)))).filter(code -> code.value().equals(text));
        } catch (InvalidAgencyCodeException | DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The code printed as {@code text}; for codes the hub wrote itself, so a bad one is a fault. */
    public static DossierCode parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("Not a dossier code: " + text));
    }

    public String value() {
        return unit.value() + "-" + DAY.format(day) + "-" + String.format("%04d", number);
    }

    /** The key of the per-day counter row: yyyyMMdd as a number. */
    static int dayKey(LocalDate day) {
        return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    @Override
    public String toString() {
        return value();
    }
}
