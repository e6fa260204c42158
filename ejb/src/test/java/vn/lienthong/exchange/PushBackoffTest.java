package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PushBackoffTest {

    @Test
    void readsTheOperatorsScheduleInUnitsOfMillisecondsSecondsMinutesAndHours() {
        PushBackoff backoff = PushBackoff.parse(" 500ms, 10s,2m , 1h");
        assertThat(backoff.delays()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofMinutes(2),
                Duration.ofHours(1));
        assertThat(backoff.attempts()).isEqualTo(5);
    }

    @Test
    void eachFailureWaitsTheNextDelayAndTheFailureAfterTheLastDelayIsFinal() {
        PushBackoff backoff = PushBackoff.parse("10s,30s");
        assertThat(backoff.delayAfter(1)).contains(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(2)).contains(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(3)).isEqualTo(Optional.empty());
    }

    @Test
    void anEmptyScheduleMeansOneAttemptOnly() {
        assertThat(PushBackoff.parse("").attempts()).isEqualTo(1);
        assertThat(PushBackoff.parse("").delayAfter(1)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAPositiveDuration() {
        assertThatThrownBy(() -> PushBackoff.parse("10s,soon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soon");
        assertThatThrownBy(() -> PushBackoff.parse("10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PushBackoff.parse("0s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PushBackoff.parse("-5s")).isInstanceOf(IllegalArgumentException.class);
    }
}
