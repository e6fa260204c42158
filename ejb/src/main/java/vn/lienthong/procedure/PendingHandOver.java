package vn.lienthong.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A step to hand over to its owning agency through the axis (handover_outbox): written with the
 * transition that made the dossier INTEROPERATING, submitted by {@link HandOverRelay}. Its creation
 * time is the hand-over package's date, so that every attempt submits the same bytes under the same
 * idempotency key.
 */
@Entity
@Table(name = "handover_outbox")
@IdClass(DossierChildKey.class)
public class PendingHandOver {

    @Id
    @Column(name = "dossier_code", length = 60)
    private String dossierCode;

    @Id
    @Column(name = "step_no")
    private int seq;

    @Column(name = "owner_code", nullable = false, length = 32)
    private String ownerCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private HandOverState state;

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

    protected PendingHandOver() {
        // for JPA
    }

    PendingHandOver(String dossierCode, int step, String ownerCode, Instant now) {
        this.dossierCode = dossierCode;
        this.seq = step;
        this.ownerCode = ownerCode;
        this.state = HandOverState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        attempts++;
        state = HandOverState.SENT;
        sentAt = now;
        lastError = null;
    }

    /** @param retryAt empty when the attempts are used up */
    void failed(String error, Optional<Instant> retryAt) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (retryAt.isPresent()) {
            nextAttemptAt = retryAt.get();
        } else {
            state = HandOverState.FAILED;
        }
    }

    void redrive(Instant now) {
        state = HandOverState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public int step() {
        return seq;
    }

    public String ownerCode() {
        return ownerCode;
    }

    public HandOverState state() {
        return state;
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
