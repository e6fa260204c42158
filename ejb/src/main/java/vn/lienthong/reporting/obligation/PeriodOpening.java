package vn.lienthong.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A request to open a period: its key; for an ad hoc period the data window the opener sets; and,
 * when the issuing body sets one deadline for this period (an ad hoc request, a period opened late),
 * that deadline and why.
 */
public record PeriodOpening(String period, Optional<Instant> dueAt, Optional<LocalDate> from, Optional<LocalDate> to,
                            Optional<String> note) {

    public PeriodOpening {
        dueAt = dueAt == null ? Optional.empty() : dueAt;
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        note = note == null ? Optional.empty() : note.map(String::strip).filter(n -> !n.isEmpty());
    }

    public static PeriodOpening of(String period) {
        return new PeriodOpening(period, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
