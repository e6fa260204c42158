package vn.lienthong.reporting.obligation;

import vn.lienthong.reporting.Views;

import java.time.Instant;
import java.time.OffsetDateTime;

/** One reporter's obligation for one period, where it stands now. */
public record ObligationView(String regime, String period, String agency, String agencyName, String recipient, int level,
                             OffsetDateTime dueAt, String status, OffsetDateTime firstSubmittedAt,
                             OffsetDateTime lastSubmittedAt, int submissions, String currentSubmissionId, boolean closed,
                             OffsetDateTime closedAt, String closedBy) {

    public static ObligationView of(ReportPeriod period, Obligation o, String agencyName, Instant now) {
        return new ObligationView(period.regimeCode(), period.key().text(), o.agency().value(), agencyName,
                o.recipient().value(), o.level(), Views.local(o.dueAt()), o.status(now).name(),
                Views.local(o.firstSubmittedAt().orElse(null)), Views.local(o.lastSubmittedAt().orElse(null)),
                o.submissionCount(), o.currentSubmissionId().orElse(null), o.closedAt().isPresent(),
                Views.local(o.closedAt().orElse(null)), o.closedBy().orElse(null));
    }
}
