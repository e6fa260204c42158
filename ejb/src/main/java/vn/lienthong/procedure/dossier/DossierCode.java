package vn.lienthong.procedure.dossier;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dossier codes as provinces issue them: {@code {unit}-{yyMMdd}-{NNNN}}, the number per unit per day. */
public final class DossierCode {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private DossierCode() {
    }

    public static String of(AgencyCode unit, LocalDate day, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Dossier numbers start at 1");
        }
        return unit.value() + "-" + DAY.format(day) + "-" + String.format("%04d", number);
    }

    /** The key of the per-day counter row: yyyyMMdd as a number. */
    static int dayKey(LocalDate day) {
        return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }
}
