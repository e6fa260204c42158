package vn.lienthong.exchange.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.platform.jobs.JobRunStateException;
import vn.lienthong.platform.jobs.JobRunView;
import vn.lienthong.platform.jobs.JobRuns;
import vn.lienthong.platform.jobs.UnknownJobRunException;

import java.util.Properties;

/**
 * The retention job's executions (through {@link JobRuns}): what the REST calls and the schedule start,
 * stop, restart and read, with the refusals in retention's own words (UNKNOWN_RETENTION_RUN,
 * RETENTION_RUN_STATE). Executions of other jobs are not this class's to touch.
 */
@ApplicationScoped
public class RetentionRuns {

    /** The job XML's name (META-INF/batch-jobs/package-retention.xml). */
    public static final String JOB = "package-retention";

    @Inject
    AuditTrail audit;

    @Inject
    JobRuns jobs;

    /** Writes what an administrator did to a run to the audit log, in a transaction of its own (the runtime's calls have none). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String by, String action, JobRunView run) {
        audit.record(by, action, String.valueOf(run.executionId()), null, run);
    }

    public long start(Properties parameters) {
        return jobs.start(JOB, parameters);
    }

    /** Whether an execution of the job is starting or running (on any server sharing the job repository). */
    public boolean running() {
        return jobs.running(JOB);
    }

    public JobRunView view(long executionId) {
        try {
            return jobs.view(JOB, executionId);
        } catch (UnknownJobRunException e) {
            throw new UnknownRetentionRunException(executionId);
        }
    }

    public void stop(long executionId) {
        try {
            jobs.stop(JOB, executionId);
        } catch (UnknownJobRunException e) {
            throw new UnknownRetentionRunException(executionId);
        } catch (JobRunStateException e) {
            throw new RetentionRunStateException(executionId, "stopped", "dừng", e.why());
        }
    }

    public long restart(long executionId, Properties parameters) {
        try {
            return jobs.restart(JOB, executionId, parameters);
        } catch (UnknownJobRunException e) {
            throw new UnknownRetentionRunException(executionId);
        } catch (JobRunStateException e) {
            throw new RetentionRunStateException(executionId, "restarted", "chạy lại", e.why());
        }
    }
}
