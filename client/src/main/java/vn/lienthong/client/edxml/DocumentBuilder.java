package vn.lienthong.client.edxml;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a document package (gói tin văn bản) from fields and files, with the hub's strict writer
 * rules: every element the strict reader requires is required here (From, To, Code, PromulgationInfo,
 * Subject, Bussiness), agency codes exactly {@code NNN.NN.NN.LNN}, dates {@code yyyy/MM/dd}, the
 * format's element order, the wire spelling {@code Bussiness}. {@link #build()} refuses what the hub
 * would refuse before anything is written.
 *
 * <pre>{@code
 * EdxmlPackage pkg = DocumentBuilder.from("000.00.00.G22", "Văn phòng Chính phủ")
 *         .to("000.00.00.H41", "UBND tỉnh Nghệ An")
 *         .code("7816", "VPCP-TTĐT").promulgation("Hà Nội", LocalDate.of(2026, 11, 20))
 *         .subject("V/v triển khai kết nối").attach(Attachment.of(Path.of("vanban.pdf")))
 *         .build();
 * }</pre>
 */
public final class DocumentBuilder {

    private final Organization from;
    private final List<Organization> to = new ArrayList<>();
    private String documentId;
    private String codeNumber;
    private String codeNotation;
    private String place;
    private LocalDate promulgationDate;
    private Integer documentType;
    private String documentTypeName;
    private String subject;
    private String content;
    private String signerCompetence;
    private String signerPosition;
    private String signerName;
    private LocalDate dueDate;
    private final List<String> toPlaces = new ArrayList<>();
    private Integer priority;
    private Integer steeringType;
    private BusinessType businessType = BusinessType.NEW;
    private String relatedDocumentId;
    private String businessReason;
    private boolean paper;
    private final List<Attachment> attachments = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    private DocumentBuilder(Organization from) {
        this.from = from;
    }

    /** The sending agency (cơ quan gửi): the one signed in to the hub. */
    public static DocumentBuilder from(String code, String name) {
        return new DocumentBuilder(new Organization(code, name));
    }

    /** A recipient (cơ quan nhận); call once per recipient. */
    public DocumentBuilder to(String code, String name) {
        to.add(new Organization(code, name));
        return this;
    }

    /** {@code DocumentId}; by default {@code {From},{yyyy/MM/dd},{number}/{notation}} as the format defines it. */
    public DocumentBuilder documentId(String id) {
        this.documentId = id;
        return this;
    }

    /** Số và ký hiệu: {@code CodeNumber}, {@code CodeNotation}. */
    public DocumentBuilder code(String number, String notation) {
        this.codeNumber = number;
        this.codeNotation = notation;
        return this;
    }

    /** Nơi và ngày ban hành. */
    public DocumentBuilder promulgation(String place, LocalDate date) {
        this.place = place;
        this.promulgationDate = date;
        return this;
    }

    /** Loại văn bản: the integer {@code Type} and its name (e.g. 1, "Công văn"). */
    public DocumentBuilder documentType(int type, String name) {
        this.documentType = type;
        this.documentTypeName = name;
        return this;
    }

    /** Trích yếu. */
    public DocumentBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    public DocumentBuilder content(String content) {
        this.content = content;
        return this;
    }

    /** Người ký: thẩm quyền, chức vụ, họ tên. */
    public DocumentBuilder signer(String competence, String position, String fullName) {
        this.signerCompetence = competence;
        this.signerPosition = position;
        this.signerName = fullName;
        return this;
    }

    /** Hạn xử lý. */
    public DocumentBuilder dueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
        return this;
    }

    /** Nơi nhận (free text), repeated. */
    public DocumentBuilder toPlace(String place) {
        toPlaces.add(Objects.requireNonNull(place));
        return this;
    }

    /** Độ khẩn ({@code OtherInfo/Priority}). */
    public DocumentBuilder priority(int priority) {
        this.priority = priority;
        return this;
    }

    /** Chỉ đạo điều hành ({@code SteeringType}, an integer). */
    public DocumentBuilder steeringType(int steeringType) {
        this.steeringType = steeringType;
        return this;
    }

    /**
     * A revoke, update or replace of the document whose edXML {@code DocumentId} is {@code related}
     * (for a replace, written as {@code ReplacementInfo/DocumentId} for every recipient).
     */
    public DocumentBuilder business(BusinessType type, String related, String reason) {
        this.businessType = Objects.requireNonNull(type);
        this.relatedDocumentId = related;
        this.businessReason = reason;
        return this;
    }

    /** {@code Paper} 1: a paper copy is sent too. */
    public DocumentBuilder paperCopy(boolean paper) {
        this.paper = paper;
        return this;
    }

    public DocumentBuilder attach(Attachment attachment) {
        attachments.add(Objects.requireNonNull(attachment));
        return this;
    }

    public DocumentBuilder attach(Path file) {
        return attach(Attachment.of(file));
    }

    /** The clock of the sender's {@code TraceHeader} timestamp (tests fix it). */
    public DocumentBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    public EdxmlPackage build() {
        require(!to.isEmpty(), "MessageHeader/To", "at least one recipient");
        require(codeNumber != null && !codeNumber.isBlank() && codeNotation != null && !codeNotation.isBlank(),
                "MessageHeader/Code", "the document's number and notation (số, ký hiệu)");
        require(promulgationDate != null && place != null && !place.isBlank(), "MessageHeader/PromulgationInfo",
                "the place and date of promulgation");
        require(subject != null && !subject.isBlank(), "MessageHeader/Subject", "the subject (trích yếu)");
        require(businessType == BusinessType.NEW || relatedDocumentId != null, "Bussiness/DocumentId",
                "the DocumentId of the document a " + businessType + " is about");
        Set<String> recipients = new HashSet<>();
        for (Organization o : to) {
            require(recipients.add(o.code()), "MessageHeader/To", "each recipient once (" + o.code() + " twice)");
        }
        Set<String> names = new HashSet<>();
        for (Attachment a : attachments) {
            require(names.add(a.name()), "Attachment/AttachmentName", "distinct attachment names (" + a.name() + " twice)");
        }
        String id = documentId != null ? documentId
                : from.code() + "," + EdxmlDates.DATE.format(promulgationDate) + "," + codeNumber + "/" + codeNotation;
        return new DocumentPackage(new DocumentPackage.Header(from, List.copyOf(to), id, codeNumber, codeNotation, place,
                promulgationDate, documentType, documentTypeName, subject, content, signerCompetence, signerPosition,
                signerName, dueDate, List.copyOf(toPlaces), priority, steeringType),
                new DocumentPackage.Business(businessType, relatedDocumentId, businessReason, paper, EdxmlDates.now(clock)),
                List.copyOf(attachments));
    }

    static void require(boolean condition, String element, String what) {
        if (!condition) {
            throw new IllegalArgumentException(element + ": the package needs " + what);
        }
    }
}
