package vn.lienthong.platform.outbox;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.time.Backoff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of every queued item, whatever its queue: one holder at a time under a lease, only the
 * current holder records the outcome, retries after the backoff's delays, FAILED when they are used
 * up, and an administrator's re-drive.
 */
class OutboxItemTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(36);
    private static final Backoff BACKOFF = Backoff.parse("10s,1m");

    private static OutboxItem item() {
        return new OutboxItem("portal-sync", "000.00.10.H20-260302-0001", 3, "{}", T0);
    }

    @Test
    void aNewItemIsPendingAndDueAtOnce() {
        OutboxItem item = item();

        assertThat(item.state()).isEqualTo(OutboxState.PENDING);
        assertThat(item.nextAttemptAt()).isEqualTo(T0);
        assertThat(item.claim(T0, LEASE)).isPresent();
    }

    @Test
    void whileALeaseRunsNoOtherRelayClaimsTheItem() {
        OutboxItem item = item();
        item.claim(T0, LEASE).orElseThrow();

        assertThat(item.claim(T0.plusSeconds(35), LEASE)).as("a second server during the lease").isEmpty();
        assertThat(item.nextAttemptAt()).isEqualTo(T0.plus(LEASE));
    }

    @Test
    void anItemWhoseHolderDiedIsClaimedAgainOnceTheLeaseRanOut() {
        OutboxItem item = item();
        LeaseToken dead = item.claim(T0, LEASE).orElseThrow();

        LeaseToken next = item.claim(T0.plus(LEASE), LEASE).orElseThrow();

        assertThat(next).isNotEqualTo(dead);
        assertThat(item.heldBy(next)).isTrue();
        assertThat(item.heldBy(dead)).isFalse();
    }

    @Test
    void aStaleHolderCannotMarkTheItemSentNorFailed() {
        OutboxItem item = item();
        LeaseToken slow = item.claim(T0, LEASE).orElseThrow();
        LeaseToken other = item.claim(T0.plus(LEASE), LEASE).orElseThrow();

        assertThat(item.sent(T0.plusSeconds(40), slow)).as("the slow server's late success").isFalse();
        assertThat(item.failed("HTTP 500", T0.plusSeconds(40), BACKOFF, slow)).as("its late failure").isFalse();
        assertThat(item.notNeeded(slow)).as("its late 'not needed'").isFalse();
        assertThat(item.state()).isEqualTo(OutboxState.PENDING);
        assertThat(item.attempts()).isZero();
        assertThat(item.lastError()).isEmpty();

        assertThat(item.sent(T0.plusSeconds(41), other)).isTrue();
        assertThat(item.state()).isEqualTo(OutboxState.SENT);
        assertThat(item.sentAt()).contains(T0.plusSeconds(41));
        assertThat(item.attempts()).isEqualTo(1);
    }

    @Test
    void anOutcomeIsRecordedOnceAndReleasesTheLease() {
        OutboxItem item = item();
        LeaseToken holder = item.claim(T0, LEASE).orElseThrow();

        assertThat(item.sent(T0.plusSeconds(1), holder)).isTrue();
        assertThat(item.sent(T0.plusSeconds(2), holder)).as("the same outcome twice").isFalse();
        assertThat(item.heldBy(holder)).isFalse();
        assertThat(item.attempts()).isEqualTo(1);
    }

    @Test
    void aFailedAttemptIsRetriedAfterEachDelayOfTheBackoffThenTheItemIsFailed() {
        OutboxItem item = item();

        LeaseToken first = item.claim(T0, LEASE).orElseThrow();
        assertThat(item.failed("HTTP 503", T0.plusSeconds(1), BACKOFF, first)).isTrue();
        assertThat(item.state()).isEqualTo(OutboxState.PENDING);
        assertThat(item.nextAttemptAt()).isEqualTo(T0.plusSeconds(11));
        assertThat(item.claim(T0.plusSeconds(10), LEASE)).as("not due before the first delay").isEmpty();

        LeaseToken second = item.claim(T0.plusSeconds(11), LEASE).orElseThrow();
        item.failed("HTTP 503", T0.plusSeconds(12), BACKOFF, second);
        assertThat(item.nextAttemptAt()).isEqualTo(T0.plusSeconds(72));

        LeaseToken third = item.claim(T0.plusSeconds(72), LEASE).orElseThrow();
        item.failed("timeout", T0.plusSeconds(73), BACKOFF, third);

        assertThat(item.state()).as("two delays mean three attempts").isEqualTo(OutboxState.FAILED);
        assertThat(item.attempts()).isEqualTo(3);
        assertThat(item.lastError()).contains("timeout");
        assertThat(item.claim(T0.plusSeconds(3600), LEASE)).as("a FAILED item waits for an administrator").isEmpty();
    }

    @Test
    void aLongErrorIsCutToTheColumn() {
        OutboxItem item = item();
        LeaseToken holder = item.claim(T0, LEASE).orElseThrow();

        item.failed("x".repeat(5000), T0, BACKOFF, holder);

        assertThat(item.lastError().orElseThrow()).hasSize(OutboxItem.ERROR_LENGTH);
    }

    @Test
    void aRedrivenItemIsDueAtOnceWithAFreshSetOfAttempts() {
        OutboxItem item = item();
        LeaseToken holder = item.claim(T0, LEASE).orElseThrow();
        item.failed("HTTP 503", T0, new Backoff(List.of()), holder);
        assertThat(item.state()).isEqualTo(OutboxState.FAILED);

        assertThat(item.redrive(T0.plusSeconds(3600))).isTrue();

        assertThat(item.state()).isEqualTo(OutboxState.PENDING);
        assertThat(item.attempts()).isZero();
        assertThat(item.heldBy(holder)).as("the old holder").isFalse();
        assertThat(item.claim(T0.plusSeconds(3600), LEASE)).isPresent();
    }

    @Test
    void onlyAFailedItemIsRedriven() {
        OutboxItem pending = item();
        OutboxItem sent = item();
        sent.sent(T0, sent.claim(T0, LEASE).orElseThrow());

        assertThat(pending.redrive(T0)).isFalse();
        assertThat(sent.redrive(T0)).isFalse();
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
    }

    @Test
    void aCancelledItemIsNeitherClaimedNorRecordedByTheAttemptInFlight() {
        OutboxItem item = item();
        LeaseToken holder = item.claim(T0, LEASE).orElseThrow();

        assertThat(item.cancel()).isTrue();

        assertThat(item.sent(T0.plusSeconds(1), holder)).isFalse();
        assertThat(item.state()).isEqualTo(OutboxState.CANCELLED);
        assertThat(item.claim(T0.plus(LEASE), LEASE)).isEmpty();
        assertThat(item.cancel()).as("twice").isFalse();
    }

    @Test
    void aSenderThatFindsTheItemNotNeededTakesItOutOfTheQueue() {
        OutboxItem item = item();
        LeaseToken holder = item.claim(T0, LEASE).orElseThrow();

        assertThat(item.notNeeded(holder)).isTrue();

        assertThat(item.state()).isEqualTo(OutboxState.CANCELLED);
    }

    @Test
    void aFailedItemHoldsItsKeyBackInAnOrderedQueueOthersAfterASentOneGo() {
        OutboxItem first = new OutboxItem("portal-sync", "D1", 1, "{}", T0);
        OutboxItem second = new OutboxItem("portal-sync", "D1", 2, "{}", T0);
        first.failed("HTTP 503", T0, new Backoff(List.of()), first.claim(T0, LEASE).orElseThrow());

        assertThat(KeyOrder.next(List.of(second, first))).as("behind a FAILED item").isEmpty();

        first.redrive(T0);
        first.sent(T0, first.claim(T0, LEASE).orElseThrow());
        assertThat(KeyOrder.next(List.of(second, first))).containsSame(second);
    }

    /**
     * A relayed revoke waits for the relay of the document it names (docs/federation.md, "Nothing
     * lost, nothing twice"): while that relay is still to be sent, waiting out an outage, in flight,
     * or FAILED until re-driven, the revoke is not claimed, whatever its own due time.
     */
    @Test
    void anItemThatWaitsForAnotherIsNotClaimedWhileThatOneIsStillToBeSent() {
        OutboxItem document = new OutboxItem("relay", "000.00.90.G22", 11, "D", T0);
        OutboxItem revoke = new OutboxItem("relay", "000.00.90.G22", 12, "R", T0, java.util.Optional.of(1L));
        LeaseToken first = document.claim(T0, LEASE).orElseThrow();
        document.failed("ConnectException", T0, BACKOFF, first);

        assertThat(revoke.waitsFor()).contains(1L);
        assertThat(revoke.claim(T0.plusSeconds(5), LEASE, java.util.Optional.of(document.state())))
                .as("the document's relay waits for its next attempt").isEmpty();
        LeaseToken second = document.claim(T0.plusSeconds(10), LEASE).orElseThrow();
        assertThat(revoke.claim(T0.plusSeconds(10), LEASE, java.util.Optional.of(document.state())))
                .as("the document's relay is in flight").isEmpty();
        document.failed("HTTP 503", T0.plusSeconds(11), new Backoff(List.of()), second);
        assertThat(document.state()).isEqualTo(OutboxState.FAILED);
        assertThat(revoke.claim(T0.plusSeconds(12), LEASE, java.util.Optional.of(document.state())))
                .as("the document's relay FAILED, for an administrator to re-drive").isEmpty();

        document.redrive(T0.plusSeconds(60));
        document.sent(T0.plusSeconds(61), document.claim(T0.plusSeconds(60), LEASE).orElseThrow());
        assertThat(revoke.claim(T0.plusSeconds(62), LEASE, java.util.Optional.of(document.state())))
                .as("once the document is relayed").isPresent();
        assertThat(revoke.attempts()).as("waiting spent none of the revoke's attempts").isZero();
    }

    @Test
    void whatAnItemWaitsForHoldsItBackOnlyUntilSentOrWithdrawn() {
        assertThat(OutboxItem.mayGoAfter(java.util.Optional.of(OutboxState.PENDING))).isFalse();
        assertThat(OutboxItem.mayGoAfter(java.util.Optional.of(OutboxState.FAILED))).isFalse();
        assertThat(OutboxItem.mayGoAfter(java.util.Optional.of(OutboxState.SENT))).isTrue();
        assertThat(OutboxItem.mayGoAfter(java.util.Optional.of(OutboxState.CANCELLED)))
                .as("the document's relay was not needed any more").isTrue();
        assertThat(OutboxItem.mayGoAfter(java.util.Optional.empty())).as("waits for none, or that one is gone").isTrue();
        assertThat(item().waitsFor()).as("most items wait for nothing").isEmpty();
    }
}
