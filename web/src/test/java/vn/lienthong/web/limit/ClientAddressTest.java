package vn.lienthong.web.limit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void anIpv4AddressIsItself() {
        assertThat(ClientAddress.of("203.0.113.9").value()).isEqualTo("203.0.113.9");
    }

    @Test
    void ipv6AddressesOfOneSubscriberNetworkAreOneClient() {
        ClientAddress one = ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        assertThat(one).isEqualTo(ClientAddress.of("[2001:db8:1:2::1]"));
        assertThat(one).isNotEqualTo(ClientAddress.of("2001:db8:1:3::1"));
        assertThat(one.value()).endsWith("/64");
    }

    @Test
    void somethingThatIsNoAddressIsKeptAsWrittenAndNeverLookedUp() {
        assertThat(ClientAddress.of("not:an:address").value()).isEqualTo("not:an:address");
        assertThat(ClientAddress.of(null).value()).isEqualTo("unknown");
    }
}
