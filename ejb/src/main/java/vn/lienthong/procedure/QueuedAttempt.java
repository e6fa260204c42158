package vn.lienthong.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import vn.lienthong.platform.outbox.Lease;
import vn.lienthong.platform.outbox.LeaseToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A row of one of the procedure module's database queues (portal sync of dossier changes, portal
 * publication of citizen feedback, hand-overs of steps through the axis): sent by a relay on a
 * timer, retried after each delay of its backoff, then FAILED until an administrator re-drives it.
 * The attempt bookkeeping is the same for all three; each subclass keeps its own state enum, since
 * the states appear in the queues' queries and answers.
 *
 * <p>A relay claims one row right before it sends it, with a lease sized for that one send, and
 * records the outcome only while it still holds the lease ({@link Lease}); the row's version makes
 * a claim and an outcome that race on two servers exclude each other.
 */
@MappedSuperclass
public abstract class QueuedAttempt {

    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** When the next attempt is due; while one is in flight, when its lease runs out. */
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Embedded
    private Lease lease;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected QueuedAttempt() {
        // for JPA
    }

    /** A new row, due at once. */
    protected QueuedAttempt(Instant now) {
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Enters the subclass's PENDING, SENT or FAILED state. */
    protected abstract void enter(Phase phase);

    /** The subclass's state, as one of the three. */
    protected abstract Phase phase();

    /** The three states every queue has, whatever its enum is called. */
    protected enum Phase { PENDING, SENT, FAILED }

    /**
     * Claims the row for one send when it is pending and due: its due time moves to the end of a
     * lease of {@code length}, so that no other relay takes it meanwhile.
     *
     * @return the token to record the outcome with; empty when not pending, not due, or held by another
     */
    public Optional<LeaseToken> claim(Instant now, Duration length) {
        if (phase() != Phase.PENDING) {
            return Optional.empty();
        }
        lease = Lease.orFree(lease);
        Optional<LeaseToken> token = lease.take(nextAttemptAt, now);
        token.ifPresent(t -> nextAttemptAt = now.plus(length));
        return token;
    }

    /** Whether {@code holder} still holds this row's lease (nobody took it over since its claim). */
    public boolean heldBy(LeaseToken holder) {
        return phase() == Phase.PENDING && Lease.orFree(lease).heldBy(holder);
    }

    /** @return false, changing nothing, when {@code holder} no longer holds the lease */
    public boolean sent(Instant now, LeaseToken holder) {
        if (!heldBy(holder)) {
            return false;
        }
        attempts++;
        enter(Phase.SENT);
        sentAt = now;
        lastError = null;
        lease.release();
        return true;
    }

    /**
     * @param retryAt empty when the attempts are used up
     * @return false, changing nothing, when {@code holder} no longer holds the lease
     */
    public boolean failed(String error, Optional<Instant> retryAt, LeaseToken holder) {
        if (!heldBy(holder)) {
            return false;
        }
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (retryAt.isPresent()) {
            nextAttemptAt = retryAt.get();
        } else {
            enter(Phase.FAILED);
        }
        lease.release();
        return true;
    }

    public void redrive(Instant now) {
        enter(Phase.PENDING);
        attempts = 0;
        nextAttemptAt = now;
        lease = Lease.orFree(lease);
        lease.release();
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
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
