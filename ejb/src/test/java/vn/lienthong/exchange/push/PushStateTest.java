package vn.lienthong.exchange.push;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.outbox.OutboxState;

import static org.assertj.core.api.Assertions.assertThat;

/** Pushes live in the outbox's queue {@code push}, and still answer by the names the push API published. */
class PushStateTest {

    @Test
    void aFailedPushIsDeadAndASentOneIsPushed() {
        assertThat(PushState.of(OutboxState.PENDING)).isEqualTo(PushState.PENDING);
        assertThat(PushState.of(OutboxState.SENT)).isEqualTo(PushState.PUSHED);
        assertThat(PushState.of(OutboxState.FAILED)).isEqualTo(PushState.DEAD);
        assertThat(PushState.of(OutboxState.CANCELLED)).isEqualTo(PushState.CANCELLED);
    }
}
