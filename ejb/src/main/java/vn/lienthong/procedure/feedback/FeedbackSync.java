package vn.lienthong.procedure.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import vn.lienthong.procedure.QueuedAttempt;
import vn.lienthong.procedure.portal.PortalSyncState;

import java.time.Instant;

/**
 * A published answer on its way to the national portal (feedback_sync). The payload is taken at
 * publication and holds no personal data.
 */
@Entity
@Table(name = "feedback_sync")
@IdClass(FeedbackChildKey.class)
public class FeedbackSync extends QueuedAttempt {

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

    protected FeedbackSync() {
        // for JPA
    }

    FeedbackSync(String feedbackCode, int seq, String payload, Instant now) {
        super(now);
        this.feedbackCode = feedbackCode;
        this.seq = seq;
        this.payload = payload;
        this.state = PortalSyncState.PENDING;
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

    @Override
    protected Phase phase() {
        return Phase.valueOf(state.name());
    }

    @Override
    protected void enter(Phase phase) {
        state = PortalSyncState.valueOf(phase.name());
    }
}
