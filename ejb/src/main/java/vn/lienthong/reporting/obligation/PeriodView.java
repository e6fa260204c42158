package vn.lienthong.reporting.obligation;

import vn.lienthong.reporting.Views;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An opened period: its data window and cut-off, the regime version it follows, who opened it and
 * when, and by when each level (and any reporter with its own deadline) must report.
 */
public record PeriodView(String regime, String period, int regimeVersion, LocalDate windowFrom, LocalDate cutOff,
                         OffsetDateTime dueOverride, OffsetDateTime openedAt, String openedBy, String note, int obligations,
                         List<DeadlineView> deadlines) {

    /** {@code reporters} of {@code level} are due by {@code dueAt}. */
    public record DeadlineView(int level, OffsetDateTime dueAt, long reporters) {
    }

    static PeriodView of(ReportPeriod p, List<Object[]> deadlines) {
        return new PeriodView(p.regimeCode(), p.key().text(), p.regimeVersion(), p.window().from(), p.window().cutOff(),
                Views.local(p.dueOverride().orElse(null)), Views.local(p.openedAt()), p.openedBy(), p.openingNote().orElse(null),
                p.obligations(),
                deadlines.stream().map(d -> new DeadlineView(((Number) d[0]).intValue(), Views.local((Instant) d[1]),
                        ((Number) d[2]).longValue())).toList());
    }
}
