package vn.lienthong.procedure.feedback;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedbackSubmissionTest {

    private static final FeedbackSender SENDER = new FeedbackSender("Lê Thị Hoa", null, "0987 654 321", null);

    @Test
    void theAgencyMustBeAbleToAnswer() {
        assertThatThrownBy(() -> new FeedbackSender("Lê Thị Hoa", null, null, "Cao Lãnh"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.element()).contains("sender"));
        assertThat(new FeedbackSender(" Lê Thị Hoa ", "hoa@example.vn", null, null).name()).isEqualTo("Lê Thị Hoa");
    }

    @Test
    void refusesMalformedContactDetailsWithTheFieldNamed() {
        assertThatThrownBy(() -> new FeedbackSender("Hoa", "hoa at example", null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.element()).contains("sender.email"));
        assertThatThrownBy(() -> new FeedbackSender("Hoa", null, "gọi tôi", null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.element()).contains("sender.phone"));
    }

    @Test
    void needsKindTitleContentAndSender() {
        assertThatThrownBy(() -> new FeedbackSubmission(null, "t", "c", null, null, SENDER))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.element()).contains("kind"));
        assertThatThrownBy(() -> new FeedbackSubmission(FeedbackKind.COMPLAINT, " ", "c", null, null, SENDER))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.element()).contains("title"));
        assertThatThrownBy(() -> new FeedbackSubmission(FeedbackKind.COMPLAINT, "t", "c".repeat(4001), null, null, SENDER))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.element()).contains("content"));
        assertThatThrownBy(() -> new FeedbackSubmission(FeedbackKind.COMPLAINT, "t", "c", null, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.element()).contains("sender"));
    }

    @Test
    void dossierAndProcedureAreOptional() {
        FeedbackSubmission s = new FeedbackSubmission(FeedbackKind.PETITION, "t", "c", " ", null, SENDER);
        assertThat(s.dossier()).isEmpty();
        assertThat(s.procedure()).isEmpty();
    }
}
