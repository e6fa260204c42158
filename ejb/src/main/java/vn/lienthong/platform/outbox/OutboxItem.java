package vn.lienthong.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.platform.time.Backoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of one of the hub's durable queues (table {@code outbox_item}): written in the
 * transaction of the change it announces, sent afterwards by {@link OutboxRelay} through the
 * queue's {@link Sender}, retried after each delay of the queue's {@link Backoff}, then FAILED until
 * an administrator re-drives it.
 *
 * <p>An item is named by its queue, its key and its number within the key: a dossier's change
 * ({@code portal-sync}, dossier code, log number), a feedback's publication, a dossier step's
 * hand-over, a push (recipient code, delivery id). In an ordered queue the key is what items keep
 * their order within ({@link KeyOrder}). The payload is what the destination receives when it is
 * taken at the change (a portal record), or what the sender needs to find it (a document id).
 *
 * <p>An item may wait for another item, of any key ({@link #waitsFor()}): it is not due while that one
 * is still to be sent (PENDING, in flight included, or FAILED), which orders two items without
 * ordering their whole key. A relayed revoke waits so for the relay of the document it names.
 *
 * <p>Every attempt is claimed right before it is made ({@link Lease}); only the holder of the current
 * claim records its outcome, and the row's version makes a claim and an outcome that race on two
 * servers exclude each other.
 */
@Entity
@Table(name = "outbox_item")
@NamedQuery(name = OutboxItem.DUE, query = "select i.id from OutboxItem i where i.queue = :queue and i.state = :pending"
        + " and i.nextAttemptAt <= :now" + OutboxItem.NOT_WAITING + " order by i.nextAttemptAt, i.key, i.seq")
@NamedQuery(name = OutboxItem.DUE_IN_KEY_ORDER, query = "select i.id from OutboxItem i where i.queue = :queue"
        + " and i.state = :pending and i.nextAttemptAt <= :now and not exists (select e from OutboxItem e"
        + " where e.queue = i.queue and e.key = i.key and e.seq < i.seq and e.state in :holding)"
        + OutboxItem.NOT_WAITING + " order by i.nextAttemptAt, i.key, i.seq")
@NamedQuery(name = OutboxItem.OF_KEY, query = "select i from OutboxItem i where i.queue = :queue and i.key = :key order by i.seq")
@NamedQuery(name = OutboxItem.OF_KEY_IN, query = "select i from OutboxItem i where i.queue = :queue and i.key = :key"
        + " and i.state in :states")
@NamedQuery(name = OutboxItem.ONE, query = "select i from OutboxItem i where i.queue = :queue and i.key = :key and i.seq = :seq")
@NamedQuery(name = OutboxItem.FAILED, query = "select i from OutboxItem i where i.queue = :queue and i.state = :failed"
        + " order by i.key, i.seq")
@NamedQuery(name = OutboxItem.LATEST_OF_EACH_KEY, query = "select i from OutboxItem i where i.queue = :queue and i.seq ="
        + " (select max(e.seq) from OutboxItem e where e.queue = i.queue and e.key = i.key) order by i.createdAt desc, i.key")
@NamedQuery(name = OutboxItem.OLDEST_PENDING, query = "select i.createdAt from OutboxItem i where i.queue in :queues"
        + " and i.state = :pending order by i.createdAt")
@NamedQuery(name = OutboxItem.COUNTS, query = "select i.queue, i.state, count(i) from OutboxItem i group by i.queue, i.state")
public class OutboxItem {

    static final String DUE = "OutboxItem.due";
    static final String DUE_IN_KEY_ORDER = "OutboxItem.dueInKeyOrder";
    static final String OF_KEY = "OutboxItem.ofKey";
    static final String OF_KEY_IN = "OutboxItem.ofKeyIn";
    static final String ONE = "OutboxItem.one";
    static final String FAILED = "OutboxItem.failed";
    static final String LATEST_OF_EACH_KEY = "OutboxItem.latestOfEachKey";
    static final String COUNTS = "OutboxItem.counts";
    static final String OLDEST_PENDING = "OutboxItem.oldestPending";

    static final int ERROR_LENGTH = 1000;

    /** The due queries' half of {@link #mayGoAfter}: the item it waits for, if any, no longer holds it back. */
    static final String NOT_WAITING = " and not exists (select w from OutboxItem w where w.id = i.waitsFor"
            + " and w.state in :holding)";

    @Id
    // An identity column, so that the migration moving the old queues' rows in numbers them the same
    // way on Derby and PostgreSQL (INSERT ... SELECT without an id).
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "queue_name", nullable = false, length = 40)
    private String queue;

    @Column(name = "ordering_key", nullable = false, length = 100)
    private String key;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "payload", length = 16000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private OutboxState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** When the next attempt is due; while one is in flight, when its lease runs out ({@link Lease}). */
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The id of the item this one waits for ({@link #mayGoAfter}); null for most items. */
    @Column(name = "waits_for")
    private Long waitsFor;

    @Embedded
    private Lease lease;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected OutboxItem() {
        // for JPA
    }

    /** A new item, due at once. */
    public OutboxItem(String queue, String key, long seq, String payload, Instant now) {
        this(queue, key, seq, payload, now, Optional.empty());
    }

    /** A new item, due at once unless the item {@code waitsFor} names is still to be sent ({@link #mayGoAfter}). */
    public OutboxItem(String queue, String key, long seq, String payload, Instant now, Optional<Long> waitsFor) {
        this.waitsFor = waitsFor.orElse(null);
        this.queue = Objects.requireNonNull(queue);
        this.key = Objects.requireNonNull(key);
        this.seq = seq;
        this.payload = payload;
        this.state = OutboxState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * Claims the item for one attempt when it is pending and due: its due time moves to the end of a
     * lease of {@code length}, so that no other relay takes it meanwhile, and a holder that dies
     * leaves it due again once the lease has run out.
     *
     * @return the token to record the outcome with; empty when not pending, not due, or held by another
     */
    public Optional<LeaseToken> claim(Instant now, Duration length) {
        return claim(now, length, Optional.empty());
    }

    /**
     * As {@link #claim(Instant, Duration)}, for an item that waits for another: not while that one,
     * in state {@code awaited}, still holds it back ({@link #mayGoAfter}). The due queries leave such an
     * item out already; this closes the gap between listing and claiming (the awaited item re-driven
     * meanwhile).
     */
    public Optional<LeaseToken> claim(Instant now, Duration length, Optional<OutboxState> awaited) {
        if (state != OutboxState.PENDING || !mayGoAfter(awaited)) {
            return Optional.empty();
        }
        lease = Lease.orFree(lease);
        Optional<LeaseToken> token = lease.take(nextAttemptAt, now);
        token.ifPresent(t -> nextAttemptAt = now.plus(length));
        return token;
    }

    /** Whether {@code holder}'s attempt is the one in flight (nobody took the item over since its claim). */
    public boolean heldBy(LeaseToken holder) {
        return state == OutboxState.PENDING && Lease.orFree(lease).heldBy(holder);
    }

    /** @return false, changing nothing, when {@code holder} no longer holds the item */
    public boolean sent(Instant now, LeaseToken holder) {
        if (!heldBy(holder)) {
            return false;
        }
        attempts++;
        state = OutboxState.SENT;
        sentAt = now;
        lastAttemptAt = now;
        lastError = null;
        lease.release();
        return true;
    }

    /**
     * The attempt failed: the next one is due after the backoff's next delay, or, when the delays
     * are used up, the item is FAILED.
     *
     * @return false, changing nothing, when {@code holder} no longer holds the item
     */
    public boolean failed(String error, Instant now, Backoff backoff, LeaseToken holder) {
        if (!heldBy(holder)) {
            return false;
        }
        attempts++;
        lastAttemptAt = now;
        lastError = error == null ? null : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        Optional<Duration> delay = backoff.delayAfter(attempts);
        if (delay.isPresent()) {
            nextAttemptAt = now.plus(delay.get());
        } else {
            state = OutboxState.FAILED;
        }
        lease.release();
        return true;
    }

    /**
     * The sender found the item need not be sent any more (what it announced went away).
     *
     * @return false, changing nothing, when {@code holder} no longer holds the item
     */
    public boolean notNeeded(LeaseToken holder) {
        if (!heldBy(holder)) {
            return false;
        }
        state = OutboxState.CANCELLED;
        lease.release();
        return true;
    }

    /**
     * The business withdrew the item (a push whose document was pulled first): pending or failed,
     * it leaves the queue; an attempt in flight then records nothing.
     *
     * @return whether it was withdrawn (false when already sent or cancelled)
     */
    public boolean cancel() {
        if (state != OutboxState.PENDING && state != OutboxState.FAILED) {
            return false;
        }
        state = OutboxState.CANCELLED;
        lease = Lease.orFree(lease);
        lease.release();
        return true;
    }

    /** An administrator sends a FAILED item again, with a fresh set of attempts; false when it is not FAILED. */
    public boolean redrive(Instant now) {
        return state == OutboxState.FAILED && requeue(now);
    }

    /**
     * Puts a FAILED or SENT item back in the queue with a fresh set of attempts (a status the portal
     * lost is sent again); a pending or cancelled one is left alone.
     *
     * @return whether it was queued again
     */
    public boolean requeue(Instant now) {
        if (state != OutboxState.FAILED && state != OutboxState.SENT) {
            return false;
        }
        state = OutboxState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        lease = Lease.orFree(lease);
        lease.release();
        return true;
    }

    public Long id() {
        return id;
    }

    /** The item this one waits for, if any. */
    public Optional<Long> waitsFor() {
        return Optional.ofNullable(waitsFor);
    }

    /**
     * Whether an item may go, given the state of the item it waits for (empty: it waits for none, or
     * that one is gone). The awaited item holds it back while still to be sent: PENDING (waiting,
     * or in flight) or FAILED, as an earlier item of its key holds an item of an ordered queue back
     * ({@link KeyOrder#HOLDING_BACK}): a FAILED one is re-driven by an administrator, and then goes
     * first. Once SENT or CANCELLED it holds nothing back.
     */
    public static boolean mayGoAfter(Optional<OutboxState> awaited) {
        return awaited.filter(KeyOrder.HOLDING_BACK::contains).isEmpty();
    }

    public String queue() {
        return queue;
    }

    public String key() {
        return key;
    }

    public long seq() {
        return seq;
    }

    public Optional<String> payload() {
        return Optional.ofNullable(payload);
    }

    public OutboxState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}
