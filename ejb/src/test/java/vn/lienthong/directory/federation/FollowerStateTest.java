package vn.lienthong.directory.federation;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.time.Backoff;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The follower resumes from its cursor and waits out failures by the federation's backoff, never giving up. */
class FollowerStateTest {

    private static final AgencyCode NATIONAL = AgencyCode.of("000.00.90.G22");
    private static final Instant T0 = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    void theCursorIsThatOfTheUpstreamFollowedAndNoOtherUpstreams() {
        FollowerState state = new FollowerState();
        assertThat(state.cursor(NATIONAL)).as("before the first snapshot").isEmpty();

        state.advanced(NATIONAL, 412, 3, T0);

        assertThat(state.cursor(NATIONAL)).hasValue(412);
        assertThat(state.cursor(AgencyCode.of("000.00.90.G01"))).as("another upstream starts with its snapshot").isEmpty();
        assertThat(state.applied()).isEqualTo(3);
    }

    @Test
    void failuresWaitTheBackoffsDelaysThenItsLastOneUntilARoundSucceeds() {
        FollowerState state = new FollowerState();
        Backoff backoff = Backoff.parse("10s,1m");

        state.failed("HTTP 503", backoff, Duration.ofMinutes(5), T0);
        assertThat(state.nextAttempt()).contains(T0.plusSeconds(10));
        assertThat(state.due(T0.plusSeconds(9))).isFalse();
        assertThat(state.due(T0.plusSeconds(10))).isTrue();
        state.failed("HTTP 503", backoff, Duration.ofMinutes(5), T0);
        state.failed("HTTP 503", backoff, Duration.ofMinutes(5), T0);
        assertThat(state.nextAttempt()).as("the last delay once the list is used up").contains(T0.plusSeconds(60));
        assertThat(state.failures()).isEqualTo(3);
        assertThat(state.lastError()).contains("HTTP 503");

        state.succeeded(T0.plusSeconds(120));

        assertThat(state.failures()).isZero();
        assertThat(state.lastError()).isEmpty();
        assertThat(state.due(T0.plusSeconds(120))).isTrue();
        assertThat(state.lastSuccess()).contains(T0.plusSeconds(120));
    }
}
