package vn.lienthong.reporting.prefill;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.platform.jobs.ChunkPause;
import vn.lienthong.platform.jobs.JobRunView;
import vn.lienthong.platform.jobs.JobRuns;
import vn.lienthong.reporting.obligation.PeriodService;
import vn.lienthong.reporting.obligation.ReportPeriod;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pre-fill runs (the job {@code report-prefill}): the schedule starts one per period once its data window
 * has closed; administrators start one again (e.g. after late data was corrected) and follow it. A run is
 * short (one chunk per ten reporters), so stopping and restarting one is left to Admin Center's Java Batch
 * tool and Liberty's batch REST API, where administrators hold batchAdmin. The batch runtime runs the job
 * on its own thread; the answers are the execution as it stands.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrefillService {

    /** The job XML's name (META-INF/batch-jobs/report-prefill.xml). */
    public static final String JOB = "report-prefill";
    private static final Logger LOG = Logger.getLogger(PrefillService.class.getName());
    /** Who the audit log names for the schedule's runs. */
    private static final String SCHEDULE = "schedule";

    @Inject
    JobRuns jobs;

    @Inject
    PrefillRecords records;

    @EJB
    PeriodService periods;

    @Inject
    Clock clock;

    /**
     * Starts (again) the pre-fill of one period, for an administrator; {@code pause} (0 to 1 minute) is a
     * wait after each chunk of reporters, to spare a busy database.
     */
    public JobRunView start(Caller caller, String regimeCode, String periodText, Optional<Duration> pause) {
        String by = caller.requireAdministrator("start pre-fill runs", "chạy điền sẵn số liệu");
        ChunkPause.check(pause);
        ReportPeriod period = periods.period(regimeCode, periodText);
        records.claim(period.id(), by, !clock.instant().isBefore(period.window().end()));
        return start(period.id(), pause, by, "reporting.prefill-start");
    }

    /** Starts the pre-fill of a period whose data window closed, unless another server's run has it. */
    public Optional<JobRunView> startDue(String periodId) {
        if (!records.claimClosed(periodId, SCHEDULE)) {
            return Optional.empty();
        }
        return Optional.of(start(periodId, Optional.empty(), SCHEDULE, "reporting.prefill-start"));
    }

    private JobRunView start(String periodId, Optional<Duration> pause, String by, String action) {
        Properties parameters = new Properties();
        parameters.setProperty("periodId", periodId);
        pause.ifPresent(d -> parameters.setProperty("pause", d.toMillis() + "ms"));
        long execution;
        try {
            execution = jobs.start(JOB, parameters);
        } catch (RuntimeException e) {
            records.release(periodId); // unclaimed, so the schedule's next round tries again
            throw e;
        }
        JobRunView run = jobs.view(JOB, execution);
        records.started(periodId, by, action, run);
        LOG.log(Level.INFO, "Pre-fill run {0} of period {1} started by {2}", new Object[]{execution, periodId, by});
        return run;
    }

    public JobRunView run(Caller caller, long executionId) {
        caller.requireAdministrator("read pre-fill runs", "xem lượt điền sẵn số liệu");
        return jobs.view(JOB, executionId);
    }
}
