package vn.lienthong.web.rest.exchange.sent;

import vn.lienthong.exchange.sent.RecipientView;
import vn.lienthong.exchange.sent.SentDocumentView;
import vn.lienthong.exchange.status.StatusView;
import vn.lienthong.web.rest.Times;
import vn.lienthong.web.rest.signature.SignatureJson;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/** A sent document with each recipient's transport state and reported statuses, in order. */
public record SentDocumentJson(String documentId, String edxmlDocumentId, String codeNumber, String codeNotation,
                               String subject, int businessType, boolean signed, long sizeBytes, String sha256,
                               OffsetDateTime receivedAt, List<Recipient> recipients, String businessAction,
                               String relatedDocumentId, String relatedEdxmlDocumentId, String takeBackState,
                               SignatureJson signature) {

    public record Recipient(String code, String name, String state, OffsetDateTime deliveredAt,
                            String deliveredBy, OffsetDateTime fetchedAt, int fetchFailures, String lastFailureReason,
                            List<Status> statuses, String routedFrom, String heldBy, Relay relay) {
    }

    /**
     * Where the relay to the hub holding a recipient stands (docs/federation.md): QUEUED, RELAYED,
     * REFUSED there ({@code problemCode} the peer's), FAILED (no answer through the backoff) or WITHDRAWN.
     */
    public record Relay(String state, String problemCode, String lastError) {
    }

    /** A reported status; {@code signature} is the hub's verdict on the status package's signature. */
    public record Status(String statusId, String code, String meaning, String meaningVi, String description,
                         String staffDepartment, String staffName, LocalDateTime reportedAt,
                         OffsetDateTime receivedAt, SignatureJson signature) {
    }

    static SentDocumentJson of(SentDocumentView v, SignatureJson signature) {
        return new SentDocumentJson(v.documentId().value(), v.edxmlDocumentId(), v.codeNumber(), v.codeNotation(),
                v.subject(), v.businessType().code(), v.signed(), v.sizeBytes(), v.sha256(), Times.local(v.receivedAt()),
                v.recipients().stream().map(SentDocumentJson::recipient).toList(), v.businessType().name(),
                v.relatedDocumentId() == null ? null : v.relatedDocumentId().value(), v.relatedEdxmlDocumentId(),
                v.takeBackState() == null ? null : v.takeBackState().name(), signature);
    }

    private static Recipient recipient(RecipientView r) {
        return new Recipient(r.code().value(), r.name(), r.state().name(), Times.local(r.deliveredAt()),
                r.deliveredBy(), Times.local(r.fetchedAt()), r.fetchFailures(), r.lastFailureReason(),
                r.statuses().stream().map(SentDocumentJson::status).toList(),
                r.routedFrom() == null ? null : r.routedFrom().value(), r.heldBy() == null ? null : r.heldBy().value(),
                r.relay() == null ? null : new Relay(r.relay().state().name(), r.relay().problemCode().orElse(null),
                        r.relay().lastError().orElse(null)));
    }

    private static Status status(StatusView s) {
        return new Status(s.statusId().value(), s.statusCode(), s.meaningEn(), s.meaningVi(), s.description(),
                s.staffDepartment(), s.staffName(), s.reportedAt(), Times.local(s.receivedAt()), SignatureJson.ofStatus(s.signature()));
    }
}
