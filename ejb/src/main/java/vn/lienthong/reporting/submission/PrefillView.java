package vn.lienthong.reporting.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The hub's own figures for a reporter's report of one period, as of {@code computedAt}: each
 * computed indicator with the source it comes from. The reporter confirms a figure by leaving it
 * out (or sending it unchanged) and corrects it with a reason.
 */
public record PrefillView(String regime, String period, String agency, LocalDate windowFrom, LocalDate cutOff,
                          OffsetDateTime computedAt, List<Figure> figures) {

    public record Figure(String indicator, String name, String source, BigDecimal value) {
    }
}
