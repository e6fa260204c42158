package vn.lienthong.procedure.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import vn.lienthong.procedure.PortalSyncState;

import java.time.Instant;
import java.util.Optional;

/**
 * A published answer on its way to the national portal (feedback_sync). The payload is taken at
 * publication and holds no personal data.
 */
@Entity
@Table(name = "feedback_sync")
@IdClass(FeedbackChildKey.class)
public class FeedbackSync {

    @Id
    @Column(name = "feedback_code", length = 40)
    private String feedbackCode;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "payload", nullable = false, length = 16000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private PortalSyncState state;

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

    protected FeedbackSync() {
        // for JPA
    }

    FeedbackSync(String feedbackCode, int seq, String payload, Instant now) {
        this.feedbackCode = feedbackCode;
        this.seq = seq;
        this.payload = payload;
        this.state = PortalSyncState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        attempts++;
        state = PortalSyncState.SENT;
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
            state = PortalSyncState.FAILED;
        }
    }

    void redrive(Instant now) {
        state = PortalSyncState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public String feedbackCode() {
        return feedbackCode;
    }

    public int seq() {
        return seq;
    }

    public String payload() {
        return payload;
    }

    public PortalSyncState state() {
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
