package vn.lienthong.web.rest.retention;

import vn.lienthong.exchange.retention.RetentionStateView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** A document's retention state on the wire: location DATABASE, ARCHIVE or PURGED. */
public record RetentionStateJson(String documentId, String category, String applicableRule, String location,
                                 OffsetDateTime disposedAt, String disposalRule, boolean legalHold, String legalHoldReason,
                                 String sha256) {

    static RetentionStateJson of(RetentionStateView s) {
        return new RetentionStateJson(s.documentId(), s.category(), s.applicableRule(), s.location().name(),
                s.disposedAt() == null ? null : Times.local(s.disposedAt()), s.disposalRule(), s.legalHold(),
                s.legalHoldReason(), s.sha256());
    }
}
