package vn.lienthong.signature.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;

/** The signature verdict stored with an accepted status package (table status_signature_verdict). */
@Entity
@Table(name = "status_signature_verdict")
public class StatusVerdictRecord extends RecordedVerdict {

    @Id
    @Column(name = "status_id", length = 36)
    private String statusId;

    @Column(name = "reporter_code", nullable = false, length = 32)
    private String reporterCode;

    protected StatusVerdictRecord() {
    }

    StatusVerdictRecord(String statusId, AgencyCode reporter, SignatureVerdict verdict, Instant checkedAt) {
        super(verdict, checkedAt);
        this.statusId = statusId;
        this.reporterCode = reporter.value();
    }

    public String statusId() {
        return statusId;
    }
}
