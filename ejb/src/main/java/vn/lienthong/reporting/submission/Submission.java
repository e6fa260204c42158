package vn.lienthong.reporting.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * One submission of a report, never changed after its receipt is signed: who sent it, when, how,
 * why (a correction), the SHA-256 of its figures, and the hub's signed receipt. A correction is a
 * new submission; the earlier ones stay.
 */
@Entity
@Table(name = "report_submission")
@NamedQuery(name = "Submission.ofObligation", query = "select s from Submission s where s.obligationId = :obligation order by s.seq")
public class Submission {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "obligation_id", nullable = false)
    private long obligationId;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 200)
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private SubmissionChannel channel;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "document_id", length = 36)
    private String documentId;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Column(name = "warnings", length = 4000)
    private String warnings;

    @Column(name = "receipt_cms", length = 32000)
    private String receiptCms;

    @Column(name = "receipt_timestamped")
    private Boolean receiptTimestamped;

    protected Submission() {
    }

    Submission(long obligationId, Instant submittedAt, String submittedBy, SubmissionChannel channel, String reason,
               String documentId, String sha256, boolean late, String warnings) {
        this.id = UUID.randomUUID().toString();
        this.obligationId = obligationId;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.channel = channel;
        this.reason = reason;
        this.documentId = documentId;
        this.sha256 = sha256;
        this.late = late;
        this.warnings = warnings == null || warnings.length() <= 4000 ? warnings : warnings.substring(0, 4000);
    }

    void numbered(int seq) {
        this.seq = seq;
    }

    void receipt(byte[] cms, boolean timestamped) {
        this.receiptCms = Base64.getEncoder().encodeToString(cms);
        this.receiptTimestamped = timestamped;
    }

    public String id() {
        return id;
    }

    public long obligationId() {
        return obligationId;
    }

    public int seq() {
        return seq;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public SubmissionChannel channel() {
        return channel;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> documentId() {
        return Optional.ofNullable(documentId);
    }

    public String sha256() {
        return sha256;
    }

    public boolean late() {
        return late;
    }

    public Optional<String> warnings() {
        return Optional.ofNullable(warnings);
    }

    public Optional<byte[]> receiptCms() {
        return Optional.ofNullable(receiptCms).map(Base64.getDecoder()::decode);
    }

    public boolean receiptTimestamped() {
        return Boolean.TRUE.equals(receiptTimestamped);
    }
}
