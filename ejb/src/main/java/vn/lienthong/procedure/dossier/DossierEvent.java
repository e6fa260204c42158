package vn.lienthong.procedure.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.procedure.LogLine;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a dossier's log: who did what, when, why, and the state it left the dossier in
 * ({@link LogLine}); besides, the step it was at and the due date after it.
 */
@Entity
@Table(name = "dossier_event")
@IdClass(DossierChildKey.class)
@NamedQuery(name = "DossierEvent.ofDossier", query = "select e from DossierEvent e where e.dossierCode = :code order by e.seq")
public class DossierEvent extends LogLine<DossierAction, DossierState> {

    @Id
    @Column(name = "dossier_code", length = 60)
    private String dossierCode;

    @Column(name = "step_no")
    private Integer stepNo;

    @Column(name = "due_at")
    private Instant dueAt;

    protected DossierEvent() {
        // for JPA
    }

    DossierEvent(String dossierCode, int seq, Instant occurredAt, String actor, AgencyCode actorAgency, DossierAction action,
                 DossierState fromState, DossierState toState, Integer stepNo, String reason, Instant dueAt) {
        super(seq, occurredAt, actor, actorAgency, action, fromState, toState, reason);
        this.dossierCode = dossierCode;
        this.stepNo = stepNo;
        this.dueAt = dueAt;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public Optional<Integer> stepNo() {
        return Optional.ofNullable(stepNo);
    }

    /** The due date as this change left it. */
    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }
}
