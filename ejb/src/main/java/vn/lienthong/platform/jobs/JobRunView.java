package vn.lienthong.platform.jobs;

import java.time.Instant;

/**
 * One execution of one of the hub's batch jobs as the runtime reports it (the same numbers Admin Center's
 * Java Batch tool shows): its status, its exit status (each job writes its counts there), and the items
 * read, written and committed across its steps.
 */
public record JobRunView(String job, long executionId, long instanceId, String batchStatus, String exitStatus,
                         Instant createdAt, Instant startedAt, Instant endedAt, long readCount, long writeCount,
                         long commitCount) {
}
