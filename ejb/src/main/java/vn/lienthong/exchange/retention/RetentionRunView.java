package vn.lienthong.exchange.retention;

import java.time.Instant;

/**
 * One execution of the retention job as the batch runtime reports it (the same numbers Admin Center's
 * Java Batch tool shows): its status, the counts so far, and the documents read and committed.
 */
public record RetentionRunView(long executionId, long instanceId, String batchStatus, String exitStatus,
                               Instant createdAt, Instant startedAt, Instant endedAt, long readCount, long writeCount,
                               long commitCount) {
}
