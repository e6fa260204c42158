package vn.lienthong.exchange.relay;

import org.junit.jupiter.api.Test;
import vn.lienthong.exchange.document.HubDocumentId;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusRelayItemTest {

    private static final String SHA256 = "ab".repeat(32);
    private final Clock clock = Clock.systemUTC();

    @Test
    void itsPayloadReadsBackAsTheSameItem() {
        StatusRelayItem item = new StatusRelayItem(HubDocumentId.next(clock), HubDocumentId.next(clock), SHA256);

        assertThat(StatusRelayItem.of(item.payload())).contains(item);
        assertThat(item.payload()).startsWith("status:").hasSizeLessThan(200);
    }

    @Test
    void aDocumentsPayloadIsNoStatusRelay() {
        assertThat(StatusRelayItem.of(HubDocumentId.next(clock).value())).isEmpty();
    }

    @Test
    void aDamagedPayloadIsNotTakenForAnother() {
        String payload = new StatusRelayItem(HubDocumentId.next(clock), HubDocumentId.next(clock), SHA256).payload();

        assertThatThrownBy(() -> StatusRelayItem.of(payload.substring(0, payload.length() - 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itsNumberIsNegativeSoNeverADeliverysAndDiffersBetweenStatusesOfOneMillisecond() {
        Clock frozen = Clock.fixed(clock.instant(), clock.getZone());
        Set<Long> numbers = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            long seq = new StatusRelayItem(HubDocumentId.next(frozen), HubDocumentId.next(frozen), SHA256).seq();
            assertThat(seq).isNegative();
            numbers.add(seq);
        }
        assertThat(numbers).hasSize(10_000);
    }
}
