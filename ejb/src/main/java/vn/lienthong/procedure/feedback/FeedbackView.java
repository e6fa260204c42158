package vn.lienthong.procedure.feedback;

import vn.lienthong.procedure.dossier.DossierCode;

import java.time.OffsetDateTime;

import static vn.lienthong.platform.time.HubClock.local;

/**
 * A piece of feedback as its responsible agency and the administrators see it: contact details
 * included. The published title and question are there once it is published.
 */
public record FeedbackView(String code, String kind, String state, String title, String content, String dossierCode,
                           String procedureCode, String agencyCode, SenderView sender, String answer, String answeredBy,
                           OffsetDateTime answeredAt, String publishedTitle, String publishedQuestion,
                           OffsetDateTime publishedAt, OffsetDateTime submittedAt, OffsetDateTime updatedAt) {

    /** The sender's contact details: personal data, never in a public view. */
    public record SenderView(String name, String email, String phone, String address) {
    }

    static FeedbackView of(Feedback f) {
        FeedbackSender s = f.sender();
        boolean published = f.publishedAt().isPresent();
        return new FeedbackView(f.code(), f.kind().name(), f.state().name(), f.title(), f.content(),
                f.dossierCode().map(DossierCode::value).orElse(null), f.procedureCode().orElse(null),
                f.agency().map(a -> a.value()).orElse(null),
                new SenderView(s.name(), s.email(), s.phone(), s.address()), f.answer().orElse(null),
                f.answeredBy().orElse(null), local(f.answeredAt().orElse(null)),
                published ? f.publicTitle() : null, published ? f.publicQuestion() : null,
                local(f.publishedAt().orElse(null)), local(f.submittedAt()), local(f.updatedAt()));
    }
}
