package vn.lienthong.exchange.delivery;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
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
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.push.PushState;
import vn.lienthong.platform.outbox.Lease;
import vn.lienthong.platform.outbox.LeaseToken;
import vn.lienthong.platform.time.Backoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One document for one recipient: whether it reached the recipient's inbox and whether the
 * recipient's software confirmed it fetched it. Every transition is idempotent, because delivery
 * messages and client confirmations can both arrive twice.
 */
@Entity
@Table(name = "delivery")
@NamedQuery(name = Delivery.OF_DOCUMENT_TO, query = "select d from Delivery d where d.documentId = :document and d.recipientCode = :recipient")
@NamedQuery(name = Delivery.OF_DOCUMENT, query = "select d from Delivery d where d.documentId = :document order by d.id")
@NamedQuery(name = Delivery.OF_DOCUMENTS, query = "select d from Delivery d where d.documentId in :documents order by d.id")
@NamedQuery(name = Delivery.INBOX, query = "select d from Delivery d where d.recipientCode = :me and d.state in :states "
        + "order by d.documentId")
@NamedQuery(name = Delivery.INBOX_AFTER, query = "select d from Delivery d where d.recipientCode = :me and d.state in :states "
        + "and d.documentId > :after order by d.documentId")
public class Delivery {

    static final String OF_DOCUMENT_TO = "Delivery.ofDocumentTo";
    static final String OF_DOCUMENT = "Delivery.ofDocument";
    static final String OF_DOCUMENTS = "Delivery.ofDocuments";
    /** The inbox listing (docs/benchmarks.md): served by index ix_delivery_inbox, its SQL kept as measured. */
    static final String INBOX = "Delivery.inbox";
    static final String INBOX_AFTER = "Delivery.inboxAfter";

    @Id
    @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "document_id", nullable = false, length = 36)
    private String documentId;

    @Column(name = "recipient_code", nullable = false, length = 32)
    private String recipientCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private DeliveryState state;

    /** The retired code the sender addressed, when the hub routed the document to its successor. */
    @Column(name = "routed_from", length = 32)
    private String routedFrom;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "delivered_by", length = 100)
    private String deliveredBy;

    @Column(name = "fetched_at")
    private Instant fetchedAt;

    @Column(name = "fetch_failures", nullable = false)
    private int fetchFailures;

    @Column(name = "last_failure_reason", length = 1000)
    private String lastFailureReason;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    /** When a delivery message was last sent again by the sweeper (the first send is not recorded). */
    @Column(name = "last_dispatch_at")
    private Instant lastDispatchAt;

    @Column(name = "dispatch_count", nullable = false)
    private int dispatchCount;

    /** Null when the recipient had no push endpoint at delivery: pull only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "push_state", length = 20)
    private PushState pushState;

    @Column(name = "push_attempts", nullable = false)
    private int pushAttempts;

    /** When the next attempt is due; while one is in flight, when its lease runs out. */
    @Column(name = "next_push_at")
    private Instant nextPushAt;

    @Column(name = "last_push_at")
    private Instant lastPushAt;

    @Column(name = "last_push_error", length = 1000)
    private String lastPushError;

    @Column(name = "pushed_at")
    private Instant pushedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** The push attempt in flight, if any (platform.outbox.Lease): only its holder records its outcome. */
    @Embedded
    @AttributeOverride(name = "holder", column = @Column(name = "push_lease_holder", length = 36))
    private Lease pushLease;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected Delivery() {
        // for JPA
    }

    public Delivery(HubDocumentId document, AgencyCode recipient, AgencyCode routedFrom, Instant now) {
        this.documentId = document.value();
        this.recipientCode = recipient.value();
        this.routedFrom = routedFrom == null ? null : routedFrom.value();
        this.state = DeliveryState.QUEUED;
        this.queuedAt = now;
    }

    /** Puts the document in the recipient's inbox; a repeat does nothing. */
    boolean deliver(Instant now, String node) {
        if (state != DeliveryState.QUEUED) {
            return false;
        }
        state = DeliveryState.DELIVERED;
        deliveredAt = now;
        deliveredBy = node;
        return true;
    }

    /**
     * The sender revoked the document: unless the recipient already has it (fetched or pushed), it
     * leaves the inbox and is never pushed. False when the recipient already has it.
     */
    public boolean revoke(Instant now) {
        if (state == DeliveryState.REVOKED) {
            return true;
        }
        if (state == DeliveryState.FETCHED || pushState == PushState.PUSHED) {
            return false;
        }
        state = DeliveryState.REVOKED;
        revokedAt = now;
        if (pushState == PushState.PENDING || pushState == PushState.DEAD) {
            pushState = PushState.CANCELLED;
            nextPushAt = null;
        }
        return true;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    /** The recipient's software fetched the package; a repeat does nothing. A push still waiting is no longer needed. */
    public void confirmFetched(Instant now) {
        if (state == DeliveryState.FETCHED || state == DeliveryState.REVOKED) {
            return;
        }
        state = DeliveryState.FETCHED;
        fetchedAt = now;
        if (pushState == PushState.PENDING || pushState == PushState.DEAD) {
            pushState = PushState.CANCELLED;
            nextPushAt = null;
        }
    }

    /** The recipient has a push endpoint: the first attempt is due now. */
    void awaitPush(Instant now) {
        if (pushState == null && state == DeliveryState.DELIVERED) {
            pushState = PushState.PENDING;
            nextPushAt = now;
        }
    }

    /**
     * Claims the push for one attempt when it is pending and due: its due time moves to the end of a
     * lease of {@code length}, so that no other server pushes it meanwhile.
     *
     * @return the token to record the outcome with; empty when not pending, not due, or held by another
     */
    public Optional<LeaseToken> claimPush(Instant now, Duration length) {
        if (pushState != PushState.PENDING) {
            return Optional.empty();
        }
        pushLease = Lease.orFree(pushLease);
        Optional<LeaseToken> token = pushLease.take(nextPushAt, now);
        token.ifPresent(t -> nextPushAt = now.plus(length));
        return token;
    }

    /** Whether {@code holder}'s attempt is the one in flight (nobody took the push over since). */
    private boolean pushHeldBy(LeaseToken holder) {
        return pushState == PushState.PENDING && Lease.orFree(pushLease).heldBy(holder);
    }

    /**
     * The recipient's endpoint took the package: it counts as fetched.
     *
     * @return false, changing nothing, when the push is no longer pending or {@code holder} lost its lease
     */
    public boolean pushed(Instant now, LeaseToken holder) {
        if (!pushHeldBy(holder)) {
            return false;
        }
        pushLease.release();
        pushAttempts++;
        pushState = PushState.PUSHED;
        pushedAt = now;
        lastPushAt = now;
        nextPushAt = null;
        if (state != DeliveryState.FETCHED) {
            state = DeliveryState.FETCHED;
            fetchedAt = now;
        }
        return true;
    }

    /**
     * An attempt failed: the next one is due after the schedule's delay, or the push is dead.
     *
     * @return false, changing nothing, when the push is no longer pending or {@code holder} lost its lease
     */
    public boolean pushFailed(String reason, Instant now, Backoff backoff, LeaseToken holder) {
        if (!pushHeldBy(holder)) {
            return false;
        }
        pushLease.release();
        pushAttempts++;
        lastPushAt = now;
        lastPushError = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        Optional<Duration> delay = backoff.delayAfter(pushAttempts);
        if (delay.isPresent()) {
            nextPushAt = now.plus(delay.get());
        } else {
            pushState = PushState.DEAD;
            nextPushAt = null;
        }
        return true;
    }

    /** An administrator sends a dead push again, with a fresh schedule. */
    public boolean redrive(Instant now) {
        if (pushState != PushState.DEAD) {
            return false;
        }
        pushState = PushState.PENDING;
        pushAttempts = 0;
        nextPushAt = now;
        return true;
    }

    /** The recipient removed its endpoint: what waited for a push waits for pull only. */
    public void cancelPush() {
        if (pushState == PushState.PENDING || pushState == PushState.DEAD) {
            pushState = PushState.CANCELLED;
            nextPushAt = null;
        }
    }

    /** The recipient's software could not take the package; it stays in the inbox to be fetched again. */
    public void reportFetchFailure(String reason, Instant now) {
        if (state == DeliveryState.FETCHED || state == DeliveryState.REVOKED) {
            return;
        }
        fetchFailures++;
        lastFailureReason = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        lastFailureAt = now;
    }

    public Long id() {
        return id;
    }

    public HubDocumentId documentId() {
        return new HubDocumentId(documentId);
    }

    public AgencyCode recipient() {
        return new AgencyCode(recipientCode);
    }

    public DeliveryState state() {
        return state;
    }

    public Optional<AgencyCode> routedFrom() {
        return Optional.ofNullable(routedFrom).map(AgencyCode::new);
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

    public int fetchFailures() {
        return fetchFailures;
    }

    public String lastFailureReason() {
        return lastFailureReason;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public Optional<PushState> pushState() {
        return Optional.ofNullable(pushState);
    }

    public int pushAttempts() {
        return pushAttempts;
    }

    public Instant nextPushAt() {
        return nextPushAt;
    }

    public Instant lastPushAt() {
        return lastPushAt;
    }

    public String lastPushError() {
        return lastPushError;
    }

    public Instant pushedAt() {
        return pushedAt;
    }
}
