package vn.lienthong.reporting.aggregation;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.reporting.obligation.ReportStatus;
import vn.lienthong.reporting.value.ReportData;

import java.time.Instant;
import java.util.Optional;

/**
 * One reporter of a period as aggregation sees it: whom it reports to, by when, whether and when
 * it first submitted, and the figures of its current submission (empty until it submits).
 */
public record UnitReport(AgencyCode agency, AgencyCode recipient, int level, Instant dueAt,
                         Optional<Instant> firstSubmittedAt, ReportData own) {

    public UnitReport {
        firstSubmittedAt = firstSubmittedAt == null ? Optional.empty() : firstSubmittedAt;
        own = own == null ? ReportData.EMPTY : own;
    }

    public ReportStatus status(Instant now) {
        return ReportStatus.of(dueAt, firstSubmittedAt, now);
    }
}
