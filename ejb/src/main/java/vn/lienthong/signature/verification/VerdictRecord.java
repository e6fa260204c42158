package vn.lienthong.signature.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;

import java.time.Instant;

/** The signature verdict stored with an accepted document (table signature_verdict). */
@Entity
@Table(name = "signature_verdict")
@NamedQuery(name = VerdictRecord.OF_DOCUMENTS, query = "select v from VerdictRecord v where v.documentId in :ids")
@NamedQuery(name = VerdictRecord.PER_SENDER, query = "select v.sender, v.outcome, count(v) from VerdictRecord v "
        + "group by v.sender, v.outcome")
public class VerdictRecord extends RecordedVerdict {

    static final String OF_DOCUMENTS = "VerdictRecord.ofDocuments";
    static final String PER_SENDER = "VerdictRecord.perSender";

    @Id
    @Column(name = "document_id", length = 36)
    private String documentId;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "sender_code", nullable = false, length = 32)
    private AgencyCode sender;

    protected VerdictRecord() {
    }

    VerdictRecord(String documentId, AgencyCode sender, SignatureVerdict verdict, Instant checkedAt) {
        super(verdict, checkedAt);
        this.documentId = documentId;
        this.sender = sender;
    }

    public String documentId() {
        return documentId;
    }
}
