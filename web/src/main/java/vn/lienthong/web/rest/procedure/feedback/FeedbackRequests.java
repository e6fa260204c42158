package vn.lienthong.web.rest.procedure.feedback;

import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.procedure.feedback.FeedbackKind;
import vn.lienthong.procedure.feedback.FeedbackSender;
import vn.lienthong.procedure.feedback.FeedbackState;
import vn.lienthong.procedure.feedback.FeedbackSubmission;

import java.util.Locale;
import java.util.Optional;

/** The request bodies of the feedback endpoints, and their translation into the service's terms. */
public final class FeedbackRequests {

    private FeedbackRequests() {
    }

    /** What a citizen sends (POST /api/v1/public/feedback). */
    public record SubmissionJson(String kind, String title, String content, String dossierCode, String procedureCode,
                                 SenderJson sender) {
    }

    public record SenderJson(String name, String email, String phone, String address) {
    }

    public record AnswerJson(String answer, String officer) {
    }

    /** Optional edited title and question, without the personal details the citizen wrote into them. */
    public record PublishJson(String title, String question, String officer) {
    }

    public record ReasonJson(String reason, String officer) {
    }

    public record RouteJson(String agencyCode, String reason) {
    }

    static FeedbackSubmission submission(SubmissionJson body) {
        if (body == null) {
            throw new InvalidRequestException("body", "A JSON body is required", "Cần nội dung JSON");
        }
        FeedbackKind kind = null;
        if (body.kind() != null) {
            try {
                kind = FeedbackKind.valueOf(body.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                kind = null; // refused below with the field named
            }
        }
        if (kind == null) {
            throw new InvalidRequestException("kind", "kind is COMPLAINT (phản ánh) or PETITION (kiến nghị)",
                    "kind là COMPLAINT (phản ánh) hoặc PETITION (kiến nghị)");
        }
        SenderJson s = body.sender();
        FeedbackSender sender = s == null ? null : new FeedbackSender(s.name(), s.email(), s.phone(), s.address());
        return new FeedbackSubmission(kind, body.title(), body.content(), body.dossierCode(), body.procedureCode(), sender);
    }

    static Optional<FeedbackState> state(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FeedbackState.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("state", "state is SUBMITTED, ROUTED, ANSWERED or PUBLISHED",
                    "state là SUBMITTED, ROUTED, ANSWERED hoặc PUBLISHED");
        }
    }
}
