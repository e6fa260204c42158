package vn.lienthong.reporting.obligation;

import java.time.Instant;
import java.util.Optional;

/** Where an obligation stands: not yet due, missing after its deadline, or submitted on time or late. */
public enum ReportStatus {
    /** Not submitted, deadline ahead. */
    PENDING,
    /** Not submitted, deadline passed (thiếu báo cáo). */
    OVERDUE,
    /** First submitted before the deadline ended; a later correction does not change it. */
    ON_TIME,
    /** First submitted after the deadline. */
    LATE;

    public static ReportStatus of(Instant dueAt, Optional<Instant> firstSubmittedAt, Instant now) {
        if (firstSubmittedAt.isPresent()) {
            return firstSubmittedAt.get().isBefore(dueAt) ? ON_TIME : LATE;
        }
        return now.isBefore(dueAt) ? PENDING : OVERDUE;
    }

    public boolean submitted() {
        return this == ON_TIME || this == LATE;
    }
}
