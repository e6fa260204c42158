package vn.lienthong.web.rest.retention;

import vn.lienthong.exchange.retention.RetentionRunView;
import vn.lienthong.web.rest.Times;

import java.time.Instant;
import java.time.OffsetDateTime;

/** One execution of the retention job on the wire (batchStatus as Jakarta Batch names it: STARTING ... COMPLETED). */
public record RetentionRunJson(long executionId, long instanceId, String batchStatus, String exitStatus,
                               OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime endedAt, long readCount,
                               long writeCount, long commitCount) {

    static RetentionRunJson of(RetentionRunView r) {
        return new RetentionRunJson(r.executionId(), r.instanceId(), r.batchStatus(), r.exitStatus(), local(r.createdAt()),
                local(r.startedAt()), local(r.endedAt()), r.readCount(), r.writeCount(), r.commitCount());
    }

    private static OffsetDateTime local(Instant at) {
        return at == null ? null : Times.local(at);
    }
}
