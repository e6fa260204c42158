package vn.lienthong.platform.jobs;

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

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * The hub's batch jobs through the runtime's JobOperator. Every call names the job it is about, so a
 * capability reads, stops and restarts executions of its own job only; an execution id of another job
 * is unknown to it.
 */
@ApplicationScoped
public class JobRuns {

    public long start(String job, Properties parameters) {
        return operator().start(job, parameters);
    }

    /** Whether an execution of the job is starting or running (on any server sharing the job repository). */
    public boolean running(String job) {
        try {
            return !operator().getRunningExecutions(job).isEmpty();
        } catch (NoSuchJobException e) {
            return false; // never run yet
        }
    }

    public JobRunView view(String job, long executionId) {
        JobExecution execution = execution(job, executionId);
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
        // The last step's exit status is where the hub's jobs write their counts.
        String exit = steps.isEmpty() ? execution.getExitStatus() : steps.get(steps.size() - 1).getExitStatus();
        return new JobRunView(job, executionId, instanceId, execution.getBatchStatus().name(), exit,
                instant(execution.getCreateTime()), instant(execution.getStartTime()), instant(execution.getEndTime()),
                read, write, commit);
    }

    public void stop(String job, long executionId) {
        execution(job, executionId);
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new JobRunStateException(job, executionId, JobRunStateException.Act.STOP, "it is not running");
        }
    }

    /** Restarts a stopped or failed execution after its last checkpoint: a new execution of the same job instance. */
    public long restart(String job, long executionId, Properties parameters) {
        execution(job, executionId);
        try {
            return operator().restart(executionId, parameters);
        } catch (JobExecutionAlreadyCompleteException e) {
            throw new JobRunStateException(job, executionId, JobRunStateException.Act.RESTART, "it completed");
        } catch (JobExecutionNotMostRecentException e) {
            throw new JobRunStateException(job, executionId, JobRunStateException.Act.RESTART, "a later execution of it exists");
        } catch (JobRestartException e) {
            throw new JobRunStateException(job, executionId, JobRunStateException.Act.RESTART, String.valueOf(e.getMessage()));
        }
    }

    private JobExecution execution(String job, long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            if (!job.equals(execution.getJobName())) {
                throw new UnknownJobRunException(job, executionId);
            }
            return execution;
        } catch (NoSuchJobExecutionException e) {
            throw new UnknownJobRunException(job, executionId);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
