package vn.lienthong.exchange.relay;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.outbox.SendFailure;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a peer hub's answer makes of a relay item, and what the sender then sees of it. */
class RelaySenderTest {

    private static final String REFUSAL = "{\"type\":\"https://lienthong.gov.vn/problems/signature-invalid\",\"title\":"
            + "\"Invalid signature\",\"status\":422,\"code\":\"SIGNATURE_INVALID\",\"detail\":\"The digest does not match\"}";

    @Test
    void aPeerThatAcceptedTakesTheItem() {
        RelaySender.judge(201, "{\"documentId\":\"x\"}");
        RelaySender.judge(200, "");
    }

    @Test
    void aPeerThatIsDownOrBusyIsTriedAgain() {
        for (int status : new int[]{500, 502, 503, 408, 429}) {
            SendFailure failure = catchThrowableOfType(SendFailure.class, () -> RelaySender.judge(status, "busy"));
            assertThat(failure.refused()).as("HTTP " + status).isFalse();
            assertThat(failure).hasMessageStartingWith("HTTP " + status);
        }
    }

    @Test
    void aPeersRefusalFailsTheItemAtOnceWithItsProblemCode() {
        SendFailure failure = catchThrowableOfType(SendFailure.class, () -> RelaySender.judge(422, REFUSAL));

        assertThat(failure.refused()).isTrue();
        assertThat(failure).hasMessage("SIGNATURE_INVALID (HTTP 422): The digest does not match");
    }

    @Test
    void aRefusalWithoutAProblemIsNamedByItsStatus() {
        assertThatThrownBy(() -> RelaySender.judge(404, "<html>not here</html>"))
                .hasMessage("HTTP_404 (HTTP 404): <html>not here</html>");
    }

    @Test
    void theSenderSeesTheRefusalCodeOfAFailedItem() {
        RelayState refused = RelayState.of(item(OutboxState.FAILED, "SIGNATURE_INVALID (HTTP 422): The digest does not match"));
        assertThat(refused.state()).isEqualTo(RelayState.State.REFUSED);
        assertThat(refused.problemCode()).contains("SIGNATURE_INVALID");

        RelayState exhausted = RelayState.of(item(OutboxState.FAILED, "HTTP 503: busy"));
        assertThat(exhausted.state()).isEqualTo(RelayState.State.FAILED);
        assertThat(exhausted.problemCode()).isEmpty();

        assertThat(RelayState.of(item(OutboxState.PENDING, "ConnectException")).state()).isEqualTo(RelayState.State.QUEUED);
        assertThat(RelayState.of(item(OutboxState.SENT, null)).state()).isEqualTo(RelayState.State.RELAYED);
    }

    private static QueuedItem item(OutboxState state, String lastError) {
        Instant t = Instant.parse("2026-12-06T10:00:00Z");
        return new QueuedItem(1, RelayQueue.QUEUE, "000.00.90.G22", 7, Optional.of("doc"), state, 1, t, Optional.of(t),
                Optional.ofNullable(lastError), t, Optional.empty());
    }

    @Test
    void aStatusAboutADocumentThePeerDoesNotHaveYetIsTriedAgainAndAnyOtherRefusalIsFinal() {
        String unknown = "{\"status\":404,\"code\":\"UNKNOWN_DOCUMENT\",\"detail\":\"No document 2026/01\"}";
        SendFailure notYet = catchThrowableOfType(SendFailure.class, () -> RelaySender.judgeStatus(404, unknown));
        assertThat(notYet.refused()).isFalse();

        SendFailure refused = catchThrowableOfType(SendFailure.class, () -> RelaySender.judgeStatus(422, REFUSAL));
        assertThat(refused.refused()).isTrue();
        assertThat(catchThrowableOfType(SendFailure.class, () -> RelaySender.judge(404, unknown)).refused())
                .as("a document's relay answered so is refused for good").isTrue();
        RelaySender.judgeStatus(201, "{\"statusId\":\"x\"}");
    }
}
