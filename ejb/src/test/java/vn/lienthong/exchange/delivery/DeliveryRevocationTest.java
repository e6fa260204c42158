package vn.lienthong.exchange.delivery;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A revoke takes an unfetched document out of the inbox (and PushService withdraws its push). */
class DeliveryRevocationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    @Test
    void aRevokedDeliveryIsNeverConfirmedAfterwards() {
        Delivery delivery = delivered();

        assertThat(delivery.revoke(NOW)).isTrue();
        assertThat(delivery.revoke(NOW.plusSeconds(1))).as("a repeated revoke").isTrue();

        assertThat(delivery.state()).isEqualTo(DeliveryState.REVOKED);
        assertThat(delivery.revokedAt()).isEqualTo(NOW);
        delivery.confirmFetched(NOW.plusSeconds(2));
        assertThat(delivery.state()).isEqualTo(DeliveryState.REVOKED);
    }

    @Test
    void aRecipientThatAlreadyHasTheDocumentKeepsIt() {
        // Pulled, or pushed: a push the endpoint took counts as fetched (PushService.pushed).
        Delivery fetched = delivered();
        fetched.confirmFetched(NOW);

        assertThat(fetched.revoke(NOW)).isFalse();
        assertThat(fetched.state()).isEqualTo(DeliveryState.FETCHED);
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
