package vn.lienthong.procedure.statistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the rows of a statistics report are: one per receiving agency, or one per procedure. */
public enum StatisticsGrouping {
    AGENCY("agency_code"), PROCEDURE("procedure_code");

    private final String column;

    StatisticsGrouping(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    public String parameterName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StatisticsGrouping> ofParameter(String name) {
        return Arrays.stream(values()).filter(g -> g.parameterName().equals(name)).findFirst();
    }
}
