package vn.lienthong.procedure.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import vn.lienthong.procedure.QueuedAttempt;
import vn.lienthong.procedure.dossier.DossierChildKey;

import java.time.Instant;

/**
 * One dossier change in the portal outbox (đồng bộ Cổng Dịch vụ công quốc gia). The payload is
 * taken when the change happens, so that the portal receives every intermediate status, not only
 * the latest.
 */
@Entity
@Table(name = "portal_sync")
@IdClass(DossierChildKey.class)
public class PortalSync extends QueuedAttempt {

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

    protected PortalSync() {
        // for JPA
    }

    public PortalSync(String dossierCode, int seq, int nationalStatus, String payload, Instant now) {
        super(now);
        this.dossierCode = dossierCode;
        this.seq = seq;
        this.nationalStatus = nationalStatus;
        this.payload = payload;
        this.state = PortalSyncState.PENDING;
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

    @Override
    protected Phase phase() {
        return Phase.valueOf(state.name());
    }

    @Override
    protected void enter(Phase phase) {
        state = PortalSyncState.valueOf(phase.name());
    }
}
