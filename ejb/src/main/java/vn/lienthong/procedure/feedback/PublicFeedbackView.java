package vn.lienthong.procedure.feedback;

import java.time.OffsetDateTime;

import static vn.lienthong.platform.time.HubClock.local;

/**
 * What anyone may see of a piece of feedback: where it stands and, once published, the question and
 * the answer as published. Never the sender, nor the dossier it concerns (a dossier code leads to the
 * citizen's dossier); before publication not even the question, which the citizen wrote for the agency.
 */
public record PublicFeedbackView(String code, String kind, String state, String agencyCode, String agencyName,
                                 String procedureCode, OffsetDateTime submittedAt, String title, String question,
                                 String answer, OffsetDateTime answeredAt, OffsetDateTime publishedAt) {

    static PublicFeedbackView of(Feedback f, String agencyName) {
        String agency = f.agency().map(a -> a.value()).orElse(null);
        if (f.state() != FeedbackState.PUBLISHED) {
            return new PublicFeedbackView(f.code(), f.kind().name(), f.state().name(), agency, agencyName,
                    f.procedureCode().orElse(null), local(f.submittedAt()), null, null, null, null, null);
        }
        return new PublicFeedbackView(f.code(), f.kind().name(), f.state().name(), agency, agencyName,
                f.procedureCode().orElse(null), local(f.submittedAt()), f.publicTitle(), f.publicQuestion(),
                f.answer().orElse(null), local(f.answeredAt().orElse(null)), local(f.publishedAt().orElse(null)));
    }
}
