package vn.lienthong.web.rest.jobs;

import vn.lienthong.platform.jobs.JobRunView;
import vn.lienthong.web.rest.Times;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One execution of one of the hub's batch jobs on the wire (batchStatus as Jakarta Batch names it:
 * STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED; exitStatus holds the job's counts).
 */
public record JobRunJson(String job, long executionId, long instanceId, String batchStatus, String exitStatus,
                         OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime endedAt, long readCount,
                         long writeCount, long commitCount) {

    public static JobRunJson of(JobRunView r) {
        return new JobRunJson(r.job(), r.executionId(), r.instanceId(), r.batchStatus(), r.exitStatus(), local(r.createdAt()),
                local(r.startedAt()), local(r.endedAt()), r.readCount(), r.writeCount(), r.commitCount());
    }

    private static OffsetDateTime local(Instant at) {
        return at == null ? null : Times.local(at);
    }
}
