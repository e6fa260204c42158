package vn.lienthong.procedure;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.outbox.LeaseToken;
import vn.lienthong.procedure.portal.PortalSync;
import vn.lienthong.procedure.portal.PortalSyncState;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lease rule every queue row keeps (platform.outbox.Lease, through QueuedAttempt): one holder at a
 * time, and only the current holder records what became of its send.
 */
class QueueLeaseTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(36);

    @Test
    void whileALeaseRunsNoOtherRelayClaimsTheRow() {
        PortalSync change = change();
        assertThat(change.claim(T0, LEASE)).isPresent();

        assertThat(change.claim(T0.plusSeconds(35), LEASE)).as("a second server during the lease").isEmpty();
        assertThat(change.nextAttemptAt()).isEqualTo(T0.plus(LEASE));
    }

    @Test
    void aHolderWhoseLeaseRanOutAndWasTakenOverRecordsNothing() {
        PortalSync change = change();
        LeaseToken slow = change.claim(T0, LEASE).orElseThrow();
        // The slow server's portal takes longer than the lease: another server takes the row over.
        LeaseToken other = change.claim(T0.plus(LEASE), LEASE).orElseThrow();

        assertThat(change.sent(T0.plusSeconds(40), slow)).as("the slow server's late success").isFalse();
        assertThat(change.failed("HTTP 500", Optional.of(T0.plusSeconds(70)), slow)).as("its late failure").isFalse();
        assertThat(change.state()).isEqualTo(PortalSyncState.PENDING);
        assertThat(change.attempts()).isZero();
        assertThat(change.lastError()).isEmpty();

        assertThat(change.sent(T0.plusSeconds(41), other)).isTrue();
        assertThat(change.state()).isEqualTo(PortalSyncState.SENT);
        assertThat(change.attempts()).isEqualTo(1);
    }

    @Test
    void anOutcomeIsRecordedOnceAndReleasesTheLease() {
        PortalSync handOver = change();
        LeaseToken holder = handOver.claim(T0, LEASE).orElseThrow();

        assertThat(handOver.failed("HTTP 503", Optional.of(T0.plusSeconds(10)), holder)).isTrue();
        assertThat(handOver.failed("again", Optional.of(T0.plusSeconds(20)), holder)).as("the same outcome twice").isFalse();
        assertThat(handOver.attempts()).isEqualTo(1);
        assertThat(handOver.nextAttemptAt()).isEqualTo(T0.plusSeconds(10));

        assertThat(handOver.claim(T0.plusSeconds(9), LEASE)).as("not due before the retry").isEmpty();
        LeaseToken retry = handOver.claim(T0.plusSeconds(10), LEASE).orElseThrow();
        assertThat(handOver.sent(T0.plusSeconds(11), holder)).as("the first attempt's holder").isFalse();
        assertThat(handOver.sent(T0.plusSeconds(11), retry)).isTrue();
        assertThat(handOver.state()).isEqualTo(PortalSyncState.SENT);
    }

    @Test
    void aRowThatLeftThePendingStateIsNotClaimedAgainUntilRedriven() {
        PortalSync change = change();
        LeaseToken holder = change.claim(T0, LEASE).orElseThrow();
        change.failed("HTTP 503", Optional.empty(), holder);
        assertThat(change.state()).isEqualTo(PortalSyncState.FAILED);
        assertThat(change.claim(T0.plusSeconds(3600), LEASE)).isEmpty();

        change.redrive(T0.plusSeconds(3600));
        assertThat(change.heldBy(holder)).isFalse();
        assertThat(change.claim(T0.plusSeconds(3600), LEASE)).isPresent();
    }

    private static PortalSync change() {
        return new PortalSync("000.00.10.H20-260302-0001", 1, 2, "{}", T0);
    }
}
