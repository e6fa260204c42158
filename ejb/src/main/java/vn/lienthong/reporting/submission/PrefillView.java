package vn.lienthong.reporting.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The hub's own figures for a reporter's report of one period, as of {@code computedAt}: each
 * computed indicator with the source it comes from. {@code frozen}: the pre-fill run fixed them after the
 * data window closed (they no longer change); otherwise they were computed for this answer. The reporter confirms a figure by leaving it
 * out (or sending it unchanged) and corrects it with a reason.
 */
public record PrefillView(String regime, String period, String agency, LocalDate windowFrom, LocalDate cutOff,
                          OffsetDateTime computedAt, boolean frozen, List<Figure> figures) {

    public record Figure(String indicator, String name, String source, BigDecimal value) {
    }
}
