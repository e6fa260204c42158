package vn.lienthong.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.Optional;

/**
 * A row of one of the procedure module's database queues (portal sync of dossier changes, portal
 * publication of citizen feedback, hand-overs of steps through the axis): sent by a relay on a
 * timer, retried after each delay of its backoff, then FAILED until an administrator re-drives it.
 * The attempt bookkeeping is the same for all three; each subclass keeps its own state enum, since
 * the states appear in the queues' queries and answers.
 */
@MappedSuperclass
public abstract class QueuedAttempt {

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

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

    /** The three states every queue has, whatever its enum is called. */
    protected enum Phase { PENDING, SENT, FAILED }

    public void sent(Instant now) {
        attempts++;
        enter(Phase.SENT);
        sentAt = now;
        lastError = null;
    }

    /** @param retryAt empty when the attempts are used up */
    public void failed(String error, Optional<Instant> retryAt) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (retryAt.isPresent()) {
            nextAttemptAt = retryAt.get();
        } else {
            enter(Phase.FAILED);
        }
    }

    public void redrive(Instant now) {
        enter(Phase.PENDING);
        attempts = 0;
        nextAttemptAt = now;
    }

    /** Keeps other servers' relays off this row until {@code until}. */
    public void lease(Instant until) {
        nextAttemptAt = until;
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
