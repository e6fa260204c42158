package vn.lienthong.signature.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;

/** The signature verdict stored with an accepted document (table signature_verdict). */
@Entity
@Table(name = "signature_verdict")
public class VerdictRecord extends RecordedVerdict {

    @Id
    @Column(name = "document_id", length = 36)
    private String documentId;

    @Column(name = "sender_code", nullable = false, length = 32)
    private String senderCode;

    protected VerdictRecord() {
    }

    VerdictRecord(String documentId, AgencyCode sender, SignatureVerdict verdict, Instant checkedAt) {
        super(verdict, checkedAt);
        this.documentId = documentId;
        this.senderCode = sender.value();
    }

    public String documentId() {
        return documentId;
    }
}
