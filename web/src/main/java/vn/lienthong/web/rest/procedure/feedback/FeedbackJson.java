package vn.lienthong.web.rest.procedure.feedback;

import vn.lienthong.procedure.feedback.Feedback;
import vn.lienthong.procedure.feedback.FeedbackSender;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** A piece of feedback as its responsible agency and the administrators see it: contact details included. */
public record FeedbackJson(String code, String kind, String state, String title, String content, String dossierCode,
                           String procedureCode, String agencyCode, SenderView sender, String answer, String answeredBy,
                           OffsetDateTime answeredAt, String publishedTitle, String publishedQuestion,
                           OffsetDateTime publishedAt, OffsetDateTime submittedAt, OffsetDateTime updatedAt) {

    public record SenderView(String name, String email, String phone, String address) {
    }

    static FeedbackJson of(Feedback f) {
        FeedbackSender s = f.sender();
        boolean published = f.publishedAt().isPresent();
        return new FeedbackJson(f.code(), f.kind().name(), f.state().name(), f.title(), f.content(),
                f.dossierCode().orElse(null), f.procedureCode().orElse(null),
                f.agency().map(a -> a.value()).orElse(null),
                new SenderView(s.name(), s.email(), s.phone(), s.address()), f.answer().orElse(null),
                f.answeredBy().orElse(null), Times.local(f.answeredAt().orElse(null)),
                published ? f.publicTitle() : null, published ? f.publicQuestion() : null,
                Times.local(f.publishedAt().orElse(null)), Times.local(f.submittedAt()), Times.local(f.updatedAt()));
    }
}
