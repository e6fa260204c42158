package vn.lienthong.web.rest.procedure.feedback;

import vn.lienthong.procedure.feedback.Feedback;
import vn.lienthong.procedure.feedback.FeedbackState;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/**
 * What anyone may see of a piece of feedback: where it stands and, once published, the question and
 * the answer as published. Never the sender, nor the dossier it concerns (a dossier code leads to the
 * citizen's dossier); before publication not even the question, which the citizen wrote for the agency.
 */
public record PublicFeedbackJson(String code, String kind, String state, String agencyCode, String agencyName,
                                 String procedureCode, OffsetDateTime submittedAt, String title, String question,
                                 String answer, OffsetDateTime answeredAt, OffsetDateTime publishedAt) {

    static PublicFeedbackJson of(Feedback f, String agencyName) {
        if (f.state() != FeedbackState.PUBLISHED) {
            return new PublicFeedbackJson(f.code(), f.kind().name(), f.state().name(),
                    f.agency().map(a -> a.value()).orElse(null), agencyName, f.procedureCode().orElse(null),
                    Times.local(f.submittedAt()), null, null, null, null, null);
        }
        return new PublicFeedbackJson(f.code(), f.kind().name(), f.state().name(),
                f.agency().map(a -> a.value()).orElse(null), agencyName, f.procedureCode().orElse(null),
                Times.local(f.submittedAt()), f.publicTitle(), f.publicQuestion(), f.answer().orElse(null),
                Times.local(f.answeredAt().orElse(null)), Times.local(f.publishedAt().orElse(null)));
    }
}
