package vn.lienthong.exchange.delivery;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.push.PushState;
import vn.lienthong.platform.outbox.LeaseToken;
import vn.lienthong.platform.time.Backoff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A revoke takes an unfetched document out of the inbox and out of the push schedule. */
class DeliveryRevocationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(90);
    private final Backoff backoff = new Backoff(List.of(Duration.ofSeconds(1)));

    @Test
    void aRevokedDeliveryIsNeverPushedNorConfirmed() {
        Delivery delivery = delivered();
        delivery.awaitPush(NOW);
        LeaseToken inFlight = delivery.claimPush(NOW, LEASE).orElseThrow();

        assertThat(delivery.revoke(NOW)).isTrue();

        assertThat(delivery.state()).isEqualTo(DeliveryState.REVOKED);
        assertThat(delivery.pushState()).contains(PushState.CANCELLED);
        assertThat(delivery.nextPushAt()).isNull();
        assertThat(delivery.pushed(NOW.plusSeconds(1), inFlight)).as("a push in flight that lands afterwards").isFalse();
        delivery.confirmFetched(NOW.plusSeconds(2));
        assertThat(delivery.state()).isEqualTo(DeliveryState.REVOKED);
    }

    @Test
    void aDeadPushIsCancelledByTheRevoke() {
        Delivery delivery = delivered();
        delivery.awaitPush(NOW);
        delivery.pushFailed("down", NOW, backoff, delivery.claimPush(NOW, LEASE).orElseThrow());
        delivery.pushFailed("down", NOW.plusSeconds(1), backoff, delivery.claimPush(NOW.plusSeconds(1), LEASE).orElseThrow());
        assertThat(delivery.pushState()).contains(PushState.DEAD);

        delivery.revoke(NOW);

        assertThat(delivery.pushState()).contains(PushState.CANCELLED);
        assertThat(delivery.redrive(NOW)).isFalse();
    }

    @Test
    void aRecipientThatAlreadyHasTheDocumentKeepsIt() {
        Delivery fetched = delivered();
        fetched.confirmFetched(NOW);
        Delivery pushed = delivered();
        pushed.awaitPush(NOW);
        pushed.pushed(NOW, pushed.claimPush(NOW, LEASE).orElseThrow());

        assertThat(fetched.revoke(NOW)).isFalse();
        assertThat(pushed.revoke(NOW)).isFalse();
        assertThat(fetched.state()).isEqualTo(DeliveryState.FETCHED);
        assertThat(pushed.state()).isEqualTo(DeliveryState.FETCHED);
    }

    @Test
    void aQueuedDeliveryRevokedBeforeItReachedTheInboxNeverGetsThere() {
        Delivery queued = new Delivery(new HubDocumentId(HubDocumentId.next(java.time.Clock.systemUTC()).value()),
                AgencyCode.of("000.00.04.H20"), null, NOW);

        assertThat(queued.revoke(NOW)).isTrue();
        assertThat(queued.deliver(NOW, "node")).isFalse();
        assertThat(queued.state()).isEqualTo(DeliveryState.REVOKED);
    }

    private static Delivery delivered() {
        Delivery d = new Delivery(HubDocumentId.next(java.time.Clock.systemUTC()), AgencyCode.of("000.00.04.H20"), null, NOW);
        d.deliver(NOW, "node");
        return d;
    }
}
