package vn.lienthong.procedure.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;

import java.time.Instant;
import java.util.Optional;

/** One line of a dossier's log: who did what, when, why, and the state it left the dossier in. */
@Entity
@Table(name = "dossier_event")
@IdClass(DossierChildKey.class)
@NamedQuery(name = "DossierEvent.ofDossier", query = "select e from DossierEvent e where e.dossierCode = :code order by e.seq")
public class DossierEvent {

    @Id
    @Column(name = "dossier_code", length = 60)
    private String dossierCode;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "actor_agency", length = 32)
    private AgencyCode actorAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private DossierAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 30)
    private DossierState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 30)
    private DossierState toState;

    @Column(name = "step_no")
    private Integer stepNo;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "due_at")
    private Instant dueAt;

    protected DossierEvent() {
        // for JPA
    }

    DossierEvent(String dossierCode, int seq, Instant occurredAt, String actor, AgencyCode actorAgency, DossierAction action,
                 DossierState fromState, DossierState toState, Integer stepNo, String reason, Instant dueAt) {
        this.dossierCode = dossierCode;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorAgency = actorAgency;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.stepNo = stepNo;
        this.reason = reason;
        this.dueAt = dueAt;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public int seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    /** The acting agency's code as the national record prints it. */
    public Optional<String> actorAgency() {
        return Optional.ofNullable(actorAgency).map(AgencyCode::value);
    }

    public DossierAction action() {
        return action;
    }

    public Optional<DossierState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public DossierState toState() {
        return toState;
    }

    public Optional<Integer> stepNo() {
        return Optional.ofNullable(stepNo);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }
}
