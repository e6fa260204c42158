package vn.lienthong.procedure.portal;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.time.Backoff;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** One change's way to the portal: retries on the backoff schedule, then FAILED until re-driven. */
class PortalSyncTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(6);
    private final Backoff backoff = Backoff.parse("30s,1m,2m");

    @Test
    void aFailedAttemptIsRetriedAfterTheNextDelayOfTheSchedule() {
        PortalSync sync = new PortalSync("H20.10-260302-0001", 1, 2, "{}", T0);
        assertThat(sync.nextAttemptAt()).isEqualTo(T0);

        fail(sync, T0);
        assertThat(sync.state()).isEqualTo(PortalSyncState.PENDING);
        assertThat(sync.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        fail(sync, T0);
        assertThat(sync.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(sync.lastError()).hasValueSatisfying(e -> assertThat(e).contains("HTTP 500"));
    }

    @Test
    void whenTheScheduleIsUsedUpTheChangeFailsAndARedriveStartsAFreshSchedule() {
        PortalSync sync = new PortalSync("H20.10-260302-0001", 1, 2, "{}", T0);
        for (int i = 0; i < backoff.attempts(); i++) {
            assertThat(sync.state()).isEqualTo(PortalSyncState.PENDING);
            fail(sync, T0);
        }
        assertThat(sync.state()).isEqualTo(PortalSyncState.FAILED);
        assertThat(sync.attempts()).isEqualTo(4);

        sync.redrive(T0.plusSeconds(3600));
        assertThat(sync.state()).isEqualTo(PortalSyncState.PENDING);
        assertThat(sync.attempts()).isZero();
        assertThat(sync.nextAttemptAt()).isEqualTo(T0.plusSeconds(3600));

        sync.sent(T0.plusSeconds(3601), sync.claim(T0.plusSeconds(3600), LEASE).orElseThrow());
        assertThat(sync.state()).isEqualTo(PortalSyncState.SENT);
        assertThat(sync.lastError()).isEmpty();
        assertThat(sync.sentAt()).contains(T0.plusSeconds(3601));
    }

    @Test
    void anOverlongErrorIsCutToTheColumn() {
        PortalSync sync = new PortalSync("H20.10-260302-0001", 1, 2, "{}", T0);
        sync.failed("x".repeat(5000), java.util.Optional.empty(), sync.claim(T0, LEASE).orElseThrow());
        assertThat(sync.lastError().orElseThrow()).hasSize(1000);
    }

    @Test
    void datesTravelInVietnamsTimeAsDigitsAndTextsAreCutToThePortalsLengths() {
        assertThat(PortalPayload.time(Instant.parse("2026-03-02T17:30:05Z"))).isEqualTo("20260303003005");
        assertThat(PortalPayload.cut("Nguyễn Văn An", 50)).isEqualTo("Nguyễn Văn An");
        assertThat(PortalPayload.cut("a".repeat(60), 50)).hasSize(50);
    }

    private void fail(PortalSync sync, Instant now) {
        // Each attempt is claimed when it is due: the retry schedule's times, not a wall clock.
        sync.failed("look up: HTTP 500", backoff.delayAfter(sync.attempts() + 1).map(now::plus),
                sync.claim(sync.nextAttemptAt(), LEASE).orElseThrow());
    }
}
