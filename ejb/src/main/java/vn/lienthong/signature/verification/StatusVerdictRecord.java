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

/** The signature verdict stored with an accepted status package (table status_signature_verdict). */
@Entity
@Table(name = "status_signature_verdict")
@NamedQuery(name = StatusVerdictRecord.OF_STATUSES, query = "select v from StatusVerdictRecord v where v.statusId in :ids")
public class StatusVerdictRecord extends RecordedVerdict {

    static final String OF_STATUSES = "StatusVerdictRecord.ofStatuses";

    @Id
    @Column(name = "status_id", length = 36)
    private String statusId;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "reporter_code", nullable = false, length = 32)
    private AgencyCode reporter;

    protected StatusVerdictRecord() {
    }

    StatusVerdictRecord(String statusId, AgencyCode reporter, SignatureVerdict verdict, Instant checkedAt) {
        super(verdict, checkedAt);
        this.statusId = statusId;
        this.reporter = reporter;
    }

    public String statusId() {
        return statusId;
    }
}
