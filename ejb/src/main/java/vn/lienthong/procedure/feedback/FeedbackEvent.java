package vn.lienthong.procedure.feedback;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.procedure.LogLine;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a feedback's log: who did what, when, why, and where it left the feedback
 * ({@link LogLine}); besides, the agency responsible after it. Its action and state columns are
 * narrower than a dossier's.
 */
@Entity
@Table(name = "citizen_feedback_event")
@IdClass(FeedbackChildKey.class)
@AttributeOverride(name = "action", column = @Column(name = "action", nullable = false, length = 20))
@AttributeOverride(name = "fromState", column = @Column(name = "from_state", length = 20))
@AttributeOverride(name = "toState", column = @Column(name = "to_state", nullable = false, length = 20))
public class FeedbackEvent extends LogLine<FeedbackAction, FeedbackState> {

    @Id
    @Column(name = "feedback_code", length = 40)
    private String feedbackCode;

    @Column(name = "agency_code", length = 32)
    private String agencyCode;

    protected FeedbackEvent() {
        // for JPA
    }

    FeedbackEvent(String feedbackCode, int seq, Instant occurredAt, String actor, AgencyCode actorAgency,
                  FeedbackAction action, FeedbackState from, FeedbackState to, String agencyCode, String reason) {
        super(seq, occurredAt, actor, actorAgency, action, from, to, reason);
        this.feedbackCode = feedbackCode;
        this.agencyCode = agencyCode;
    }

    public String feedbackCode() {
        return feedbackCode;
    }

    /** The agency responsible after this line. */
    public Optional<String> agencyCode() {
        return Optional.ofNullable(agencyCode);
    }
}
