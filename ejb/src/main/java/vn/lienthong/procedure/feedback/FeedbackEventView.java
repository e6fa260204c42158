package vn.lienthong.procedure.feedback;

import java.time.OffsetDateTime;

import static vn.lienthong.platform.time.HubClock.local;

/** A line of a feedback's log: who did what, when, why, and the state and agency it left. */
public record FeedbackEventView(int seq, OffsetDateTime occurredAt, String actor, String actorAgency, String action,
                                String fromState, String toState, String agencyCode, String reason) {

    static FeedbackEventView of(FeedbackEvent e) {
        return new FeedbackEventView(e.seq(), local(e.occurredAt()), e.actor(), e.actorAgency().orElse(null),
                e.action().pathName(), e.fromState().map(Enum::name).orElse(null), e.toState().name(),
                e.agencyCode().orElse(null), e.reason().orElse(null));
    }
}
