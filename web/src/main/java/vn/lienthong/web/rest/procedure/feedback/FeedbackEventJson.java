package vn.lienthong.web.rest.procedure.feedback;

import vn.lienthong.procedure.feedback.FeedbackEvent;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** A line of a feedback's log. */
public record FeedbackEventJson(int seq, OffsetDateTime occurredAt, String actor, String actorAgency, String action,
                                String fromState, String toState, String agencyCode, String reason) {

    static FeedbackEventJson of(FeedbackEvent e) {
        return new FeedbackEventJson(e.seq(), Times.local(e.occurredAt()), e.actor(), e.actorAgency().orElse(null),
                e.action().pathName(), e.fromState().map(Enum::name).orElse(null), e.toState().name(),
                e.agencyCode().orElse(null), e.reason().orElse(null));
    }
}
