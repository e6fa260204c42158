package vn.lienthong.exchange.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.HubDocumentIdConverter;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One document for one recipient: whether it reached the recipient's inbox and whether the
 * recipient's software confirmed it fetched it. Every transition is idempotent, because delivery
 * messages and client confirmations can both arrive twice.
 */
@Entity
@Table(name = "delivery")
@NamedQuery(name = Delivery.COUNTS, query = "select d.state, count(d) from Delivery d group by d.state")
@NamedQuery(name = Delivery.OF_DOCUMENT_TO, query = "select d from Delivery d where d.documentId = :document and d.recipient = :recipient")
@NamedQuery(name = Delivery.OF_DOCUMENT, query = "select d from Delivery d where d.documentId = :document order by d.id")
@NamedQuery(name = Delivery.OF_DOCUMENTS, query = "select d from Delivery d where d.documentId in :documents order by d.id")
@NamedQuery(name = Delivery.INBOX, query = "select d from Delivery d where d.recipient = :me and d.state in :states "
        + "order by d.documentId")
@NamedQuery(name = Delivery.INBOX_AFTER, query = "select d from Delivery d where d.recipient = :me and d.state in :states "
        + "and d.documentId > :after order by d.documentId")
@NamedQuery(name = Delivery.STALE, query = "select d from Delivery d where d.state = :queued and d.heldBy is null and ((d.redispatch.lastDispatchAt"
        + " is null and d.queuedAt < :cutoff) or d.redispatch.lastDispatchAt < :cutoff) order by d.id")
// The same condition again, so that of several servers claiming one stale row only one updates it.
@NamedQuery(name = Delivery.CLAIM_STALE, query = "update Delivery d set d.redispatch.lastDispatchAt = :now,"
        + " d.redispatch.dispatchCount = d.redispatch.dispatchCount + 1 where d.id = :id and d.state = :queued and d.heldBy is null and"
        + " ((d.redispatch.lastDispatchAt is null and d.queuedAt < :cutoff) or d.redispatch.lastDispatchAt < :cutoff)")
@NamedQuery(name = Delivery.COUNT_DELIVERED_BETWEEN, query = "select count(d) from Delivery d where d.deliveredAt >= :from "
        + "and d.deliveredAt < :to")
public class Delivery {

    static final String COUNTS = "Delivery.counts";
    static final String OF_DOCUMENT_TO = "Delivery.ofDocumentTo";
    static final String OF_DOCUMENT = "Delivery.ofDocument";
    static final String OF_DOCUMENTS = "Delivery.ofDocuments";
    /** The inbox listing (docs/benchmarks.md): served by index ix_delivery_inbox, its SQL kept as measured. */
    static final String INBOX = "Delivery.inbox";
    static final String INBOX_AFTER = "Delivery.inboxAfter";
    static final String STALE = "Delivery.stale";
    static final String CLAIM_STALE = "Delivery.claimStale";
    static final String COUNT_DELIVERED_BETWEEN = "Delivery.countDeliveredBetween";

    @Id
    @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "document_id", nullable = false, length = 36)
    @Convert(converter = HubDocumentIdConverter.class)
    private HubDocumentId documentId;

    @Column(name = "recipient_code", nullable = false, length = 32)
    @Convert(converter = AgencyCodeConverter.class)
    private AgencyCode recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private DeliveryState state;

    /** The retired code the sender addressed, when the hub routed the document to its successor. */
    @Column(name = "routed_from", length = 32)
    @Convert(converter = AgencyCodeConverter.class)
    private AgencyCode routedFrom;

    /** The peer hub holding this recipient (docs/federation.md); null for a recipient this instance serves. */
    @Column(name = "held_by", length = 32)
    @Convert(converter = AgencyCodeConverter.class)
    private AgencyCode heldBy;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "delivered_by", length = 100)
    private String deliveredBy;

    @Column(name = "fetched_at")
    private Instant fetchedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Embedded
    private FetchFailures fetchFailures = new FetchFailures();

    @Embedded
    private Redispatch redispatch = new Redispatch();

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected Delivery() {
        // for JPA
    }

    public Delivery(HubDocumentId document, AgencyCode recipient, AgencyCode routedFrom, Instant now) {
        this.documentId = Objects.requireNonNull(document);
        this.recipient = Objects.requireNonNull(recipient);
        this.routedFrom = routedFrom;
        this.state = DeliveryState.QUEUED;
        this.queuedAt = now;
    }

    /** The recipient is reached through the peer hub {@code hub}, which the relay queue hands the document to. */
    public void heldBy(AgencyCode hub) {
        this.heldBy = Objects.requireNonNull(hub);
    }

    /** Puts the document in the recipient's inbox; a repeat does nothing, and so does a recipient another hub holds. */
    boolean deliver(Instant now, String node) {
        if (state != DeliveryState.QUEUED || heldBy != null) {
            return false;
        }
        state = DeliveryState.DELIVERED;
        deliveredAt = now;
        deliveredBy = node;
        return true;
    }

    /**
     * The sender revoked the document: unless the recipient already has it (fetched, or pushed, which
     * counts as fetched), it leaves the inbox; its push, if any, is then withdrawn by the caller
     * (PushService). False when the recipient already has it.
     */
    public boolean revoke(Instant now) {
        if (state == DeliveryState.REVOKED) {
            return true;
        }
        if (state == DeliveryState.FETCHED) {
            return false;
        }
        state = DeliveryState.REVOKED;
        revokedAt = now;
        return true;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    /**
     * The recipient's software fetched the package, or its endpoint took a push; a repeat does
     * nothing. A push still waiting is then withdrawn by the caller (PushService).
     */
    public void confirmFetched(Instant now) {
        if (state == DeliveryState.FETCHED || state == DeliveryState.REVOKED) {
            return;
        }
        state = DeliveryState.FETCHED;
        fetchedAt = now;
    }

    /** The recipient's software could not take the package; it stays in the inbox to be fetched again. */
    public void reportFetchFailure(String reason, Instant now) {
        if (state == DeliveryState.FETCHED || state == DeliveryState.REVOKED) {
            return;
        }
        fetchFailures.record(reason, now);
    }

    public Long id() {
        return id;
    }

    public HubDocumentId documentId() {
        return documentId;
    }

    public AgencyCode recipient() {
        return recipient;
    }

    public DeliveryState state() {
        return state;
    }

    /** The peer hub holding this recipient, empty when this instance serves it. */
    public Optional<AgencyCode> heldBy() {
        return Optional.ofNullable(heldBy);
    }

    public Optional<AgencyCode> routedFrom() {
        return Optional.ofNullable(routedFrom);
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    /** The server that put the document into the inbox. */
    public String deliveredBy() {
        return deliveredBy;
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    public FetchFailures fetchFailures() {
        return fetchFailures;
    }
}
