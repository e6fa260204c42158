package vn.lienthong.exchange.document;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;
import vn.lienthong.exchange.edxml.BusinessType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A package the hub accepted (văn bản): the header fields the hub lists and searches by, and the
 * digest of the original bytes, which {@link PackageStore} keeps exactly as received.
 */
@Entity
@Table(name = "document")
@NamedQuery(name = Document.BY_KEY, query = "select d from Document d where d.sender = :sender and d.idempotencyKey = :key")
@NamedQuery(name = Document.BY_BYTES, query = "select d from Document d where d.sender = :sender and d.sha256 = :sha256")
@NamedQuery(name = Document.CLAIMING, query = "select d from Document d where d.sender = :sender and d.documentKey = :key "
        + "and d.businessType = :type")
@NamedQuery(name = Document.EARLIER_CLAIMING, query = "select d from Document d where d.sender = :sender and d.documentKey = :key "
        + "and d.businessType <> :revoke and d.id <> :self order by d.id desc")
@NamedQuery(name = Document.EARLIER_CARRYING, query = "select d from Document d where d.sender = :sender "
        + "and d.edxmlDocumentId = :edxmlId and d.businessType <> :revoke and d.id <> :self order by d.id desc")
@NamedQuery(name = Document.SENT_UNDER, query = "select d from Document d where d.sender = :sender "
        + "and d.edxmlDocumentId = :edxmlId order by d.id desc")
@NamedQuery(name = Document.COUNT_SENT_UNDER, query = "select count(d) from Document d where d.sender = :sender "
        + "and d.edxmlDocumentId = :edxmlId")
@NamedQuery(name = Document.RECEIVED_UNDER, query = "select doc.id from Document doc, Delivery d "
        + "where doc.sender = :sender and doc.edxmlDocumentId = :edxmlId "
        + "and d.documentId = doc.id and d.recipient = :recipient order by doc.id desc")
@NamedQuery(name = Document.SENT, query = "select d from Document d where d.sender = :me order by d.id desc")
@NamedQuery(name = Document.SENT_BEFORE, query = "select d from Document d where d.sender = :me and d.id < :before "
        + "order by d.id desc")
@NamedQuery(name = Document.WITH_IDS, query = "select d from Document d where d.id in :ids")
@NamedQuery(name = Document.RECEIVED_BETWEEN, query = "select d from Document d where d.receivedAt >= :from "
        + "and d.receivedAt < :to order by d.receivedAt desc, d.id desc")
@NamedQuery(name = Document.SENT_BETWEEN, query = "select d from Document d where d.sender = :sender and d.receivedAt >= :from "
        + "and d.receivedAt < :to order by d.receivedAt desc, d.id desc")
@NamedQuery(name = Document.COUNT_RECEIVED_BETWEEN, query = "select count(d) from Document d where d.receivedAt >= :from "
        + "and d.receivedAt < :to")
@NamedQuery(name = Document.RETAINED_BEFORE, query = "select d.id from Document d where d.packageLocation = :location "
        + "and d.legalHold = false and d.receivedAt < :cutoff and d.id > :after order by d.id")
@NamedQuery(name = Document.RETAINED_BEFORE_IN, query = "select d.id from Document d where d.packageLocation = :location "
        + "and d.legalHold = false and d.receivedAt < :cutoff and d.id > :after and d.retentionCategory in :categories order by d.id")
@NamedQuery(name = Document.KEEPING_PACKAGES, query = "select d.id from Document d where d.id in :ids "
        + "and d.packageLocation = :location")
@NamedQuery(name = Document.COUNT_SIGNED_BETWEEN, query = "select count(d) from Document d where d.receivedAt >= :from "
        + "and d.receivedAt < :to and d.signed = true")
public class Document {

    static final String BY_KEY = "Document.byKey";
    static final String BY_BYTES = "Document.byBytes";
    static final String CLAIMING = "Document.claiming";
    static final String EARLIER_CLAIMING = "Document.earlierClaiming";
    static final String EARLIER_CARRYING = "Document.earlierCarrying";
    static final String SENT_UNDER = "Document.sentUnder";
    static final String COUNT_SENT_UNDER = "Document.countSentUnder";
    static final String RECEIVED_UNDER = "Document.receivedUnder";
    static final String RECEIVED_BETWEEN = "Document.receivedBetween";
    static final String SENT_BETWEEN = "Document.sentBetween";
    static final String COUNT_RECEIVED_BETWEEN = "Document.countReceivedBetween";
    static final String COUNT_SIGNED_BETWEEN = "Document.countSignedBetween";
    static final String SENT = "Document.sent";
    static final String SENT_BEFORE = "Document.sentBefore";
    static final String WITH_IDS = "Document.withIds";
    static final String RETAINED_BEFORE = "Document.retainedBefore";
    static final String RETAINED_BEFORE_IN = "Document.retainedBeforeIn";
    static final String KEEPING_PACKAGES = "Document.keepingPackages";

    static final int SUBJECT_LENGTH = 2000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "sender_code", nullable = false, length = 32)
    private AgencyCode sender;

    @Column(name = "edxml_document_id", length = 400)
    private String edxmlDocumentId;

    @Column(name = "code_number", length = 100)
    private String codeNumber;

    @Column(name = "code_notation", length = 200)
    private String codeNotation;

    @Column(name = "subject", length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "business_type", nullable = false)
    private int businessType;

    @Column(name = "promulgation_date")
    private LocalDate promulgationDate;

    @Column(name = "signed", nullable = false)
    private boolean signed;

    @Column(name = "attachment_count", nullable = false)
    private int attachmentCount;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    /**
     * The identity the package's DocumentId claims, unique per sender and business type: a second,
     * different package under it is refused (DOCUMENT_ID_REUSED). Updates carry the DocumentId of the
     * document they update and one document may be updated many times, so an update claims none; nor
     * does a package without a DocumentId. Identical bytes are a retry whatever they claim (sha256).
     */
    @Column(name = "document_key", length = 400)
    private String documentKey;

    /** The earlier document a revoke, update or replace acts on, when the hub has it. */
    @Convert(converter = HubDocumentIdConverter.class)
    @Column(name = "related_document_id", length = 36)
    private HubDocumentId relatedDocumentId;

    /** The edXML DocumentId of that earlier document, as the package names it. */
    @Column(name = "related_edxml_document_id", length = 400)
    private String relatedEdxmlDocumentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "take_back_state", length = 20)
    private TakeBackState takeBackState;

    /** The DocumentType the package carries, for choosing its retention rule (null before version 25: DEFAULT). */
    @Column(name = "retention_category", length = RetentionCategory.MAX_LENGTH)
    private String retentionCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "package_location", nullable = false, length = 10)
    private PackageLocation packageLocation = PackageLocation.DATABASE;

    /** When the package left the database, and the rule it left under (category, period, disposal). */
    @Column(name = "disposed_at")
    private Instant disposedAt;

    @Column(name = "disposal_rule", length = 200)
    private String disposalRule;

    /** A legal hold (giữ lại theo yêu cầu pháp lý) keeps the package where it is, whatever the rules say. */
    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    @Column(name = "legal_hold_reason", length = 1000)
    private String legalHoldReason;

    /** The peer hub that relayed this document here (docs/federation.md); null when its sender sent it here. */
    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "relayed_by", length = 32)
    private AgencyCode relayedBy;

    /** The hubs it passed before this one, first first; empty when its sender sent it here. */
    @Convert(converter = HopsConverter.class)
    @Column(name = "hop_trail", length = 1000)
    private Hops hops = Hops.none();

    /** A document changes after acceptance only through take-back statuses, which may arrive together. */
    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected Document() {
        // for JPA
    }

    public Document(HubDocumentId id, AgencyCode sender, String edxmlDocumentId, String codeNumber, String codeNotation,
             String subject, BusinessType businessType, LocalDate promulgationDate, boolean signed,
             int attachmentCount, long sizeBytes, String sha256, Instant receivedAt) {
        this.id = id.value();
        this.sender = sender;
        this.edxmlDocumentId = truncate(edxmlDocumentId, 400);
        this.documentKey = documentKey(edxmlDocumentId, businessType);
        this.codeNumber = truncate(codeNumber, 100);
        this.codeNotation = truncate(codeNotation, 200);
        this.subject = truncate(subject, SUBJECT_LENGTH);
        this.businessType = businessType.code();
        this.promulgationDate = promulgationDate;
        this.signed = signed;
        this.attachmentCount = attachmentCount;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.receivedAt = receivedAt;
    }

    /** The peer hub that relayed it here, empty when the sender sent it here. */
    public Optional<AgencyCode> relayedBy() {
        return Optional.ofNullable(relayedBy);
    }

    /** The hubs the package passed before this one (none when the sender sent it here). */
    public Hops hops() {
        return hops == null ? Hops.none() : hops;
    }

    /** A peer hub relayed it here, after the package passed {@code hops} (the relaying hub's the last). */
    public void relayedBy(AgencyCode peer, Hops hops) {
        this.relayedBy = java.util.Objects.requireNonNull(peer);
        this.hops = java.util.Objects.requireNonNull(hops);
    }

    /** The sender's Idempotency-Key for this submission, if it gave one. */
    public void keyedBy(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    /** This revoke, update or replace acts on {@code earlier} (known by its edXML id, and by the hub's id when the hub has it). */
    public void actsOn(String earlierEdxmlId, HubDocumentId earlier) {
        this.relatedEdxmlDocumentId = truncate(earlierEdxmlId, 400);
        this.relatedDocumentId = earlier;
    }

    /** The retention category its package's DocumentType names. */
    public void categorised(RetentionCategory category) {
        this.retentionCategory = category.value();
    }

    public RetentionCategory retentionCategory() {
        return retentionCategory == null ? RetentionCategory.DEFAULT : new RetentionCategory(retentionCategory);
    }

    public PackageLocation packageLocation() {
        return packageLocation;
    }

    public Optional<Instant> disposedAt() {
        return Optional.ofNullable(disposedAt);
    }

    public Optional<String> disposalRule() {
        return Optional.ofNullable(disposalRule);
    }

    public boolean legalHold() {
        return legalHold;
    }

    public Optional<String> legalHoldReason() {
        return Optional.ofNullable(legalHoldReason);
    }

    /** The package may leave the database: it is there and no legal hold keeps it. */
    public boolean disposable() {
        return packageLocation == PackageLocation.DATABASE && !legalHold;
    }

    /** The bytes are now in the archive store, moved under {@code rule}. */
    public void archived(Instant at, String rule) {
        leave(PackageLocation.ARCHIVE, at, rule);
    }

    /** The bytes are gone, purged under {@code rule}. */
    public void purged(Instant at, String rule) {
        leave(PackageLocation.PURGED, at, rule);
    }

    private void leave(PackageLocation to, Instant at, String rule) {
        if (!disposable()) {
            throw new IllegalStateException("The package of " + id + " is " + packageLocation
                    + (legalHold ? " under a legal hold" : "") + ": it cannot move to " + to);
        }
        this.packageLocation = to;
        this.disposedAt = at;
        this.disposalRule = truncate(rule, 200);
    }

    /** Puts the document under a legal hold, or changes the hold's reason. */
    public void hold(String reason) {
        this.legalHold = true;
        this.legalHoldReason = reason;
    }

    /** Lifts the legal hold: the retention rules apply again from the next run. */
    public void release() {
        this.legalHold = false;
        this.legalHoldReason = null;
    }

    /** The sender asked for the document back (status 13). */
    public void takeBackRequested() {
        this.takeBackState = TakeBackState.REQUESTED;
    }

    /** Every recipient's latest answer decides: all agreed, taken back; all answered and one refused, refused. */
    public void takeBackAnswered(boolean allAnswered, boolean anyRefused) {
        if (takeBackState == null) {
            return;
        }
        if (allAnswered) {
            takeBackState = anyRefused ? TakeBackState.REFUSED : TakeBackState.TAKEN_BACK;
        } else {
            takeBackState = TakeBackState.REQUESTED;
        }
    }

    public Optional<HubDocumentId> relatedDocumentId() {
        return Optional.ofNullable(relatedDocumentId);
    }

    public String relatedEdxmlDocumentId() {
        return relatedEdxmlDocumentId;
    }

    public Optional<TakeBackState> takeBackState() {
        return Optional.ofNullable(takeBackState);
    }

    /** Listing columns are bounded; the full text always stays in the stored package. */
    private static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    public HubDocumentId id() {
        return new HubDocumentId(id);
    }

    public AgencyCode sender() {
        return sender;
    }

    public String edxmlDocumentId() {
        return edxmlDocumentId;
    }

    /** The DocumentId a package of this business type claims as its own (see the field); null when it claims none. */
    public static String documentKey(String edxmlDocumentId, BusinessType businessType) {
        return businessType == BusinessType.UPDATE ? null : truncate(edxmlDocumentId, 400);
    }

    public String codeNumber() {
        return codeNumber;
    }

    public String codeNotation() {
        return codeNotation;
    }

    public String subject() {
        return subject;
    }

    public BusinessType businessType() {
        return BusinessType.of(businessType).orElseThrow();
    }

    public LocalDate promulgationDate() {
        return promulgationDate;
    }

    public boolean signed() {
        return signed;
    }

    public int attachmentCount() {
        return attachmentCount;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
