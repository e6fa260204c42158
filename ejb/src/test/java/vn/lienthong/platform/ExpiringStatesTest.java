package vn.lienthong.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringStatesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    /** A state is the instant until which it matters. */
    private final ExpiringStates<String, Instant> states = new ExpiringStates<>("test states", 2,
            (until, now) -> !until.isAfter(now));

    @Test
    void anExpiredStateIsGoneAndAnUpdateStartsFromNothing() {
        states.update("a", T0, old -> T0.plusSeconds(10));

        assertThat(states.get("a", T0.plusSeconds(9))).contains(T0.plusSeconds(10));
        assertThat(states.get("a", T0.plusSeconds(10))).isEmpty();
        assertThat(states.update("a", T0.plusSeconds(10), old -> old == null ? T0.plusSeconds(99) : old))
                .contains(T0.plusSeconds(99));
    }

    @Test
    void aFullMapTakesNoNewKeyUntilSomeExpire() {
        states.update("a", T0, old -> T0.plusSeconds(10));
        states.update("b", T0, old -> T0.plusSeconds(20));

        assertThat(states.update("c", T0, old -> T0.plusSeconds(30))).isEmpty();
        assertThat(states.get("c", T0)).isEmpty();
        assertThat(states.update("b", T0, old -> T0.plusSeconds(25))).as("known keys still change").contains(T0.plusSeconds(25));

        assertThat(states.update("c", T0.plusSeconds(11), old -> T0.plusSeconds(30))).contains(T0.plusSeconds(30));
        assertThat(states.size()).isEqualTo(2);
    }
}
