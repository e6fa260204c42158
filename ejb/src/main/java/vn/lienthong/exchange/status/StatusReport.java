package vn.lienthong.exchange.status;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.HubDocumentIdConverter;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A business status a recipient reported about a document (a status package): the code, the
 * reason for a reject, the time the recipient wrote and the time the hub received it. The package
 * itself is kept in {@link vn.lienthong.exchange.document.PackageStore} under the report's id.
 */
@Entity
@Table(name = "status_report")
@NamedQuery(name = StatusReport.OF_DOCUMENTS, query = "select s from StatusReport s where s.documentId in :documents "
        + "order by s.receivedAt, s.id")
@NamedQuery(name = StatusReport.TAKE_BACK_ANSWERS, query = "select s from StatusReport s where s.documentId = :document "
        + "and s.statusCode in ('15', '16') order by s.receivedAt, s.id")
@NamedQuery(name = StatusReport.SAME_PACKAGE, query = "select s from StatusReport s where s.documentId = :document "
        + "and s.reporter = :reporter and s.sha256 = :sha256 order by s.receivedAt, s.id")
@NamedQuery(name = StatusReport.COUNT_WITH_CODE_BETWEEN, query = "select count(s) from StatusReport s where s.statusCode = :code "
        + "and s.receivedAt >= :from and s.receivedAt < :to")
@NamedQuery(name = StatusReport.WITH_IDS, query = "select s.id from StatusReport s where s.id in :ids")
public class StatusReport {

    static final String OF_DOCUMENTS = "StatusReport.ofDocuments";
    static final String TAKE_BACK_ANSWERS = "StatusReport.takeBackAnswers";
    static final String SAME_PACKAGE = "StatusReport.samePackage";
    static final String COUNT_WITH_CODE_BETWEEN = "StatusReport.countWithCodeBetween";
    static final String WITH_IDS = "StatusReport.withIds";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Convert(converter = HubDocumentIdConverter.class)
    @Column(name = "document_id", nullable = false, length = 36)
    private HubDocumentId documentId;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "reporter_code", nullable = false, length = 32)
    private AgencyCode reporter;

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
        this.documentId = document;
        this.reporter = reporter;
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
        return documentId;
    }

    public AgencyCode reporter() {
        return reporter;
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
