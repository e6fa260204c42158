package vn.lienthong.client.edxml;

import java.time.Clock;
import java.util.Objects;

/**
 * Builds a status package (gói tin trạng thái) answering a received document: {@code ResponseFor}
 * names the document as its sender wrote it, {@code From} is the reporting agency. A reject (02)
 * carries its reason, as the hub requires.
 *
 * <pre>{@code
 * EdxmlPackage status = StatusBuilder.answering(ReceivedDocument.read(received))
 *         .from("000.00.00.H41", "UBND tỉnh Nghệ An")
 *         .status(StatusCode.ACCEPTED, "Đã vào sổ văn bản đến số 1024").build();
 * }</pre>
 */
public final class StatusBuilder {

    private final ReceivedDocument document;
    private Organization from;
    private StatusCode status;
    private String description;
    private String department;
    private String staff;
    private Clock clock = Clock.systemUTC();

    private StatusBuilder(ReceivedDocument document) {
        this.document = Objects.requireNonNull(document);
    }

    public static StatusBuilder answering(ReceivedDocument document) {
        return new StatusBuilder(document);
    }

    /** The reporting agency: the recipient, or the sender itself for a take-back request (13). */
    public StatusBuilder from(String code, String name) {
        this.from = new Organization(code, name);
        return this;
    }

    public StatusBuilder status(StatusCode status, String description) {
        this.status = Objects.requireNonNull(status);
        this.description = description;
        return this;
    }

    /** Who handled it ({@code StaffInfo}). */
    public StatusBuilder staff(String department, String staff) {
        this.department = department;
        this.staff = staff;
        return this;
    }

    public StatusBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    public EdxmlPackage build() {
        DocumentBuilder.require(from != null, "Status/From", "the reporting agency");
        DocumentBuilder.require(status != null, "Status/StatusCode", "a status code");
        DocumentBuilder.require(status != StatusCode.REJECTED || (description != null && !description.isBlank()),
                "Status/Description", "the reason of a reject (02)");
        DocumentBuilder.require(document.documentId() != null, "ResponseFor/DocumentId",
                "the DocumentId of the received document");
        AgencyCode.check(document.sender());
        return new StatusPackage(document, from, status, description, department, staff, EdxmlDates.now(clock));
    }
}
