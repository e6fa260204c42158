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
 * One dossier change in the portal outbox (đồng bộ Cổng Dịch vụ công quốc gia). The payload is
 * taken when the change happens, so that the portal receives every intermediate status, not only
 * the latest.
 */
@Entity
@Table(name = "portal_sync")
@IdClass(DossierChildKey.class)
public class PortalSync {

    @Id
    @Column(name = "dossier_code", length = 60)
    private String dossierCode;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "national_status", nullable = false)
    private int nationalStatus;

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

    protected PortalSync() {
        // for JPA
    }

    PortalSync(String dossierCode, int seq, int nationalStatus, String payload, Instant now) {
        this.dossierCode = dossierCode;
        this.seq = seq;
        this.nationalStatus = nationalStatus;
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

    void lease(Instant until) {
        nextAttemptAt = until;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public int seq() {
        return seq;
    }

    public int nationalStatus() {
        return nationalStatus;
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
