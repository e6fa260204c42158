package vn.lienthong.procedure.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** One line of a feedback's log: who did what, when, why, and where it left the feedback. */
@Entity
@Table(name = "citizen_feedback_event")
@IdClass(FeedbackChildKey.class)
public class FeedbackEvent {

    @Id
    @Column(name = "feedback_code", length = 40)
    private String feedbackCode;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "actor_agency", length = 32)
    private String actorAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private FeedbackAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private FeedbackState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private FeedbackState toState;

    @Column(name = "agency_code", length = 32)
    private String agencyCode;

    @Column(name = "reason", length = 2000)
    private String reason;

    protected FeedbackEvent() {
        // for JPA
    }

    FeedbackEvent(String feedbackCode, int seq, Instant occurredAt, String actor, String actorAgency,
                  FeedbackAction action, FeedbackState from, FeedbackState to, String agencyCode, String reason) {
        this.feedbackCode = feedbackCode;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor.length() > 200 ? actor.substring(0, 200) : actor;
        this.actorAgency = actorAgency;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.agencyCode = agencyCode;
        this.reason = reason;
    }

    public String feedbackCode() {
        return feedbackCode;
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

    public Optional<String> actorAgency() {
        return Optional.ofNullable(actorAgency);
    }

    public FeedbackAction action() {
        return action;
    }

    public Optional<FeedbackState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public FeedbackState toState() {
        return toState;
    }

    /** The agency responsible after this line. */
    public Optional<String> agencyCode() {
        return Optional.ofNullable(agencyCode);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
