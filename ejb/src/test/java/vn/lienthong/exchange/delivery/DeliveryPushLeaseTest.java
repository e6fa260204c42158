package vn.lienthong.exchange.delivery;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.push.PushState;
import vn.lienthong.platform.outbox.LeaseToken;
import vn.lienthong.platform.time.Backoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pushes keep the queues' lease rule (platform.outbox.Lease): only the attempt in flight records its outcome. */
class DeliveryPushLeaseTest {

    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(90);
    private final Backoff backoff = new Backoff(List.of(Duration.ofSeconds(10)));

    @Test
    void anAttemptWhoseLeaseWasTakenOverRecordsNeitherSuccessNorFailure() {
        Delivery delivery = awaitingPush();
        LeaseToken slow = delivery.claimPush(NOW, LEASE).orElseThrow();
        assertThat(delivery.claimPush(NOW.plusSeconds(89), LEASE)).as("during the lease").isEmpty();
        LeaseToken other = delivery.claimPush(NOW.plus(LEASE), LEASE).orElseThrow();

        assertThat(delivery.pushFailed("timeout", NOW.plusSeconds(95), backoff, slow)).isFalse();
        assertThat(delivery.pushed(NOW.plusSeconds(95), slow)).isFalse();
        assertThat(delivery.pushAttempts()).isZero();
        assertThat(delivery.pushState()).contains(PushState.PENDING);

        assertThat(delivery.pushed(NOW.plusSeconds(96), other)).isTrue();
        assertThat(delivery.pushState()).contains(PushState.PUSHED);
        assertThat(delivery.state()).isEqualTo(DeliveryState.FETCHED);
        assertThat(delivery.pushAttempts()).isEqualTo(1);
    }

    @Test
    void aFailedAttemptIsDueAgainAfterTheBackoffNotAfterTheLease() {
        Delivery delivery = awaitingPush();
        LeaseToken first = delivery.claimPush(NOW, LEASE).orElseThrow();

        assertThat(delivery.pushFailed("HTTP 503", NOW.plusSeconds(1), backoff, first)).isTrue();

        assertThat(delivery.nextPushAt()).isEqualTo(NOW.plusSeconds(11));
        assertThat(delivery.claimPush(NOW.plusSeconds(11), LEASE)).isPresent();
    }

    private static Delivery awaitingPush() {
        Delivery d = new Delivery(HubDocumentId.next(Clock.systemUTC()), AgencyCode.of("000.00.04.H20"), null, NOW);
        d.deliver(NOW, "node");
        d.awaitPush(NOW);
        return d;
    }
}
