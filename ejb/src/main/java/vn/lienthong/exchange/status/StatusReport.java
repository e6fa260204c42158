package vn.lienthong.exchange.status;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A business status a recipient reported about a document (a status package): the code, the
 * reason for a reject, the time the recipient wrote and the time the hub received it. The package
 * itself is kept in {@link vn.lienthong.exchange.document.PackageStore} under the report's id.
 */
@Entity
@Table(name = "status_report")
public class StatusReport {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "document_id", nullable = false, length = 36)
    private String documentId;

    @Column(name = "reporter_code", nullable = false, length = 32)
    private String reporterCode;

    @Column(name = "status_code", nullable = false, length = 2)
    private String statusCode;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "staff_department", length = 400)
    private String staffDepartment;

    @Column(name = "staff_name", length = 400)
    private String staffName;

    /** The recipient's own time, Vietnam local, as written in the package. */
    @Column(name = "reported_at")
    private LocalDateTime reportedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected StatusReport() {
        // for JPA
    }

    StatusReport(HubDocumentId id, HubDocumentId document, AgencyCode reporter, String statusCode, String description,
                 String staffDepartment, String staffName, LocalDateTime reportedAt, Instant receivedAt, String sha256) {
        this.id = id.value();
        this.documentId = document.value();
        this.reporterCode = reporter.value();
        this.statusCode = statusCode;
        this.description = description == null || description.length() <= 4000 ? description : description.substring(0, 4000);
        this.staffDepartment = staffDepartment;
        this.staffName = staffName;
        this.reportedAt = reportedAt;
        this.receivedAt = receivedAt;
        this.sha256 = sha256;
    }

    public HubDocumentId id() {
        return new HubDocumentId(id);
    }

    public HubDocumentId documentId() {
        return new HubDocumentId(documentId);
    }

    public AgencyCode reporter() {
        return new AgencyCode(reporterCode);
    }

    public String statusCode() {
        return statusCode;
    }

    public String description() {
        return description;
    }

    public String staffDepartment() {
        return staffDepartment;
    }

    public String staffName() {
        return staffName;
    }

    public LocalDateTime reportedAt() {
        return reportedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String sha256() {
        return sha256;
    }
}
