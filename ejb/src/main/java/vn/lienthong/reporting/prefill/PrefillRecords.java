package vn.lienthong.reporting.prefill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.platform.jobs.JobRunView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The record of which period's pre-fill ran as which execution, each change in a transaction of its own:
 * the batch runtime's start and stop calls run outside any transaction.
 */
@ApplicationScoped
public class PrefillRecords {

    @Inject
    PrefillRepository prefill;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Claims the period for an administrator's run; {@code windowClosed} when its data window has closed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void claim(String periodId, String by, boolean windowClosed) {
        prefill.claim(periodId, clock.instant(), by, windowClosed);
    }

    /** Claims a period whose window closed for the schedule; false when another server's run has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimClosed(String periodId, String by) {
        return prefill.claimClosed(periodId, clock.instant(), by);
    }

    /** The run could not start: the period is due again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String periodId) {
        prefill.run(periodId).ifPresent(PrefillRun::released);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(String periodId, String by, String action, JobRunView run) {
        prefill.run(periodId).orElseThrow().started(run.executionId());
        audit.record(by, action, periodId, null, run);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recorded(String by, String action, JobRunView run) {
        audit.record(by, action, String.valueOf(run.executionId()), null, run);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> periodsDue(LocalDate today, LocalDate since, int limit) {
        return prefill.periodsDue(today, since, limit);
    }
}
