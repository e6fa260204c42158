package vn.lienthong.reporting.event;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.reporting.Views;

import java.time.OffsetDateTime;
import java.util.List;

/** An event as agencies and the console read it. */
public record ReportingEventView(long id, String kind, String regime, String period, String agency, String recipient,
                                 OffsetDateTime dueAt, OffsetDateTime occurredAt, String actor, String detail) {

    public static ReportingEventView of(ReportingEvent e) {
        return new ReportingEventView(e.id(), e.kind().name(), e.regimeCode(), e.periodKey(), code(e.agency()), code(e.recipient()),
                Views.local(e.dueAt()), Views.local(e.occurredAt()), e.actor(), e.detail());
    }

    private static String code(AgencyCode code) {
        return code == null ? null : code.value();
    }

    /** A page of events and the cursor to continue after. */
    public record Page(List<ReportingEventView> events, long nextCursor) {
    }
}
