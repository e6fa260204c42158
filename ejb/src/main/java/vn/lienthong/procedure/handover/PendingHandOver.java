package vn.lienthong.procedure.handover;

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
 * A step to hand over to its owning agency through the axis (handover_outbox): written with the
 * transition that made the dossier INTEROPERATING, submitted by {@link HandOverRelay}. Its creation
 * time is the hand-over package's date, so that every attempt submits the same bytes under the same
 * idempotency key.
 */
@Entity
@Table(name = "handover_outbox")
@IdClass(DossierChildKey.class)
public class PendingHandOver extends QueuedAttempt {

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

    protected PendingHandOver() {
        // for JPA
    }

    public PendingHandOver(String dossierCode, int step, String ownerCode, Instant now) {
        super(now);
        this.dossierCode = dossierCode;
        this.seq = step;
        this.ownerCode = ownerCode;
        this.state = HandOverState.PENDING;
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

    @Override
    protected Phase phase() {
        return Phase.valueOf(state.name());
    }

    @Override
    protected void enter(Phase phase) {
        state = HandOverState.valueOf(phase.name());
    }
}
