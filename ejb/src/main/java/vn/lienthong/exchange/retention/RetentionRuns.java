package vn.lienthong.exchange.retention;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.lienthong.audit.AuditTrail;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * The retention job through the batch runtime's JobOperator: what the REST calls and the schedule
 * start, stop, restart and read. Executions of other jobs are not this class's to touch.
 */
@ApplicationScoped
public class RetentionRuns {

    /** The job XML's name (META-INF/batch-jobs/package-retention.xml). */
    public static final String JOB = "package-retention";

    @Inject
    AuditTrail audit;

    /** Writes what an administrator did to a run to the audit log, in a transaction of its own (the runtime's calls have none). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String by, String action, RetentionRunView run) {
        audit.record(by, action, String.valueOf(run.executionId()), null, run);
    }

    public long start(Properties parameters) {
        return operator().start(JOB, parameters);
    }

    /** Whether an execution of the job is starting or running (on any server sharing the job repository). */
    public boolean running() {
        try {
            return !operator().getRunningExecutions(JOB).isEmpty();
        } catch (NoSuchJobException e) {
            return false; // never run yet
        }
    }

    public RetentionRunView view(long executionId) {
        JobExecution execution = execution(executionId);
        long instanceId = operator().getJobInstance(executionId).getInstanceId();
        List<StepExecution> steps = operator().getStepExecutions(executionId);
        long read = 0;
        long write = 0;
        long commit = 0;
        for (StepExecution step : steps) {
            for (Metric metric : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> write += metric.getValue();
                    case COMMIT_COUNT -> commit += metric.getValue();
                    default -> { }
                }
            }
        }
        String exit = steps.isEmpty() ? execution.getExitStatus() : steps.get(steps.size() - 1).getExitStatus();
        return new RetentionRunView(executionId, instanceId, execution.getBatchStatus().name(), exit,
                instant(execution.getCreateTime()), instant(execution.getStartTime()), instant(execution.getEndTime()),
                read, write, commit);
    }

    public void stop(long executionId) {
        execution(executionId);
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new RetentionRunStateException(executionId, "stopped", "dừng", "it is not running");
        }
    }

    public long restart(long executionId, Properties parameters) {
        execution(executionId);
        try {
            return operator().restart(executionId, parameters);
        } catch (JobExecutionAlreadyCompleteException e) {
            throw new RetentionRunStateException(executionId, "restarted", "chạy lại", "it completed");
        } catch (JobExecutionNotMostRecentException e) {
            throw new RetentionRunStateException(executionId, "restarted", "chạy lại", "a later execution of it exists");
        } catch (JobRestartException e) {
            throw new RetentionRunStateException(executionId, "restarted", "chạy lại", String.valueOf(e.getMessage()));
        }
    }

    private JobExecution execution(long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            if (!JOB.equals(execution.getJobName())) {
                throw new UnknownRetentionRunException(executionId);
            }
            return execution;
        } catch (NoSuchJobExecutionException e) {
            throw new UnknownRetentionRunException(executionId);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
