package vn.lienthong.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void readsTheOperatorsScheduleInUnitsOfMillisecondsSecondsMinutesAndHours() {
        Backoff backoff = Backoff.parse(" 500ms, 10s,2m , 1h");
        assertThat(backoff.delays()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofMinutes(2),
                Duration.ofHours(1));
        assertThat(backoff.attempts()).isEqualTo(5);
    }

    @Test
    void eachFailureWaitsTheNextDelayAndTheFailureAfterTheLastDelayIsFinal() {
        Backoff backoff = Backoff.parse("10s,30s");
        assertThat(backoff.delayAfter(1)).contains(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(2)).contains(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(3)).isEqualTo(Optional.empty());
    }

    @Test
    void anEmptyScheduleMeansOneAttemptOnly() {
        assertThat(Backoff.parse("").attempts()).isEqualTo(1);
        assertThat(Backoff.parse("").delayAfter(1)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAPositiveDuration() {
        assertThatThrownBy(() -> Backoff.parse("10s,soon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soon");
        assertThatThrownBy(() -> Backoff.parse("10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.parse("0s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.parse("-5s")).isInstanceOf(IllegalArgumentException.class);
    }
}
