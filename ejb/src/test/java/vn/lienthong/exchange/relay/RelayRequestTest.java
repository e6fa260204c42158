package vn.lienthong.exchange.relay;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelayRequestTest {

    @Test
    void anAgencysSubmissionSendsNeitherHeader() {
        assertThat(RelayRequest.of(null, null)).isEmpty();
        assertThat(RelayRequest.of(" ", "")).isEmpty();
    }

    @Test
    void aRelayNamesItsRecipientsAndHops() {
        RelayRequest relay = RelayRequest.of("000.00.14.H29, 000.00.15.H29", "2").orElseThrow();

        assertThat(relay.relayFor()).containsExactlyInAnyOrder(AgencyCode.of("000.00.14.H29"), AgencyCode.of("000.00.15.H29"));
        assertThat(relay.hops()).isEqualTo(2);
    }

    @Test
    void oneHeaderWithoutTheOtherIsRefused() {
        assertThatThrownBy(() -> RelayRequest.of("000.00.14.H29", null))
                .isInstanceOf(InvalidRelayException.class).hasFieldOrPropertyWithValue("code", "INVALID_RELAY")
                .hasMessageContaining(RelayHeaders.RELAY_HOPS);
        assertThatThrownBy(() -> RelayRequest.of(null, "1")).hasMessageContaining(RelayHeaders.RELAY_FOR);
    }

    @Test
    void malformedHeadersAreRefused() {
        assertThatThrownBy(() -> RelayRequest.of("not-a-code", "1")).isInstanceOf(InvalidRelayException.class);
        assertThatThrownBy(() -> RelayRequest.of("000.00.14.H29", "two")).isInstanceOf(InvalidRelayException.class);
        assertThatThrownBy(() -> RelayRequest.of("000.00.14.H29", "0")).isInstanceOf(InvalidRelayException.class);
        assertThatThrownBy(() -> RelayRequest.of("000.00.14.H29", "9")).isInstanceOf(InvalidRelayException.class);
        assertThatThrownBy(() -> new RelayRequest(Set.of(), 1)).isInstanceOf(InvalidRelayException.class);
    }

    @Test
    void theHeaderTheSenderWritesIsStableWhateverTheOrder() {
        assertThat(RelayRequest.relayForHeader(List.of(AgencyCode.of("000.00.15.H29"), AgencyCode.of("000.00.14.H29"))))
                .isEqualTo("000.00.14.H29,000.00.15.H29");
    }

    @Test
    void aRelayedStatusNamesWhomItIsServedForAndNoHops() {
        assertThat(RelayRequest.forStatus(null)).isEmpty();
        assertThat(RelayRequest.forStatus(" ")).isEmpty();
        assertThat(RelayRequest.forStatus("000.00.14.H41").orElseThrow()).containsExactly(AgencyCode.of("000.00.14.H41"));
        assertThatThrownBy(() -> RelayRequest.forStatus("000.00.14.H41,nobody"))
                .isInstanceOf(InvalidRelayException.class);
    }
}
