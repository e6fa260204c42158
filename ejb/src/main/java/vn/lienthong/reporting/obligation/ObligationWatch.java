package vn.lienthong.reporting.obligation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.reporting.event.ReportingEventKind;
import vn.lienthong.reporting.event.ReportingEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags obligations as time passes, one batch per transaction: a reminder when the deadline is
 * near and nothing came, an overdue flag when it has passed. Each obligation is flagged once (its
 * row records it), so servers sharing the database do not repeat each other's events.
 */
@Stateless
public class ObligationWatch {

    static final int BATCH = 200;

    @Inject
    ObligationRepository obligations;

    @Inject
    PeriodRepository periods;

    @Inject
    ReportingEvents events;

    @Inject
    Clock clock;

    /** @return how many obligations got their reminder (a full batch means there may be more) */
    public int remind(Duration before) {
        Instant now = clock.instant();
        List<Obligation> due = obligations.toRemind(now, now.plus(before), BATCH);
        Map<String, ReportPeriod> seen = new HashMap<>();
        for (Obligation o : due) {
            o.reminded(now);
            ReportPeriod p = period(o, seen);
            events.record(ReportingEventKind.REMINDER, p.regimeCode(), p.key().text(), o.agency(), o.recipient(), o.dueAt(),
                    "lienthong", null);
        }
        return due.size();
    }

    /** @return how many obligations were flagged overdue */
    public int flagOverdue() {
        Instant now = clock.instant();
        List<Obligation> overdue = obligations.newlyOverdue(now, BATCH);
        Map<String, ReportPeriod> seen = new HashMap<>();
        for (Obligation o : overdue) {
            o.flaggedOverdue(now);
            ReportPeriod p = period(o, seen);
            events.record(ReportingEventKind.OVERDUE, p.regimeCode(), p.key().text(), o.agency(), o.recipient(), o.dueAt(),
                    "lienthong", null);
        }
        return overdue.size();
    }

    private ReportPeriod period(Obligation o, Map<String, ReportPeriod> seen) {
        return seen.computeIfAbsent(o.periodId(), id -> periods.byId(id).orElseThrow());
    }

    /** How many reports are overdue now: deadline passed and nothing submitted (the late-reports alert). */
    public long overdueNow() {
        return obligations.overdueCount(clock.instant());
    }
}
