package vn.lienthong.exchange.push;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hub pushes only to public addresses, and to internal ones an administrator listed. */
class PushAddressRuleTest {

    private final PushAddressRule none = PushAddressRule.parse("");

    @Test
    void refusesLoopbackPrivateLinkLocalAndOtherInternalAddresses() {
        for (String url : new String[]{"http://127.0.0.1:9080/api", "http://127.0.0.2/", "http://[::1]:8080/",
                "http://10.1.2.3/", "http://172.16.0.9/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
                "http://0.0.0.0/", "http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/",
                "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::a01:203]/", "http://[2002:c0a8:0101::1]/"}) {
            assertThat(none.refusal(URI.create(url), InetAddress::getAllByName)).as(url).isPresent();
        }
    }

    @Test
    void allowsPublicAddresses() {
        for (String url : new String[]{"https://8.8.8.8/edoc", "http://113.160.1.1:8443/inbox", "https://[2001:4860:4860::8888]/"}) {
            assertThat(none.refusal(URI.create(url), InetAddress::getAllByName)).as(url).isEmpty();
        }
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesTo() {
        assertThat(none.refusal(URI.create("http://localhost:9080/"), InetAddress::getAllByName))
                .hasValueSatisfying(reason -> assertThat(reason).contains("localhost").contains("internal"));
        PushAddressRule.Resolver halfInside = host -> new InetAddress[]{
                InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.0.0.5")};
        assertThat(none.refusal(URI.create("https://vanthu.example.vn/"), halfInside)).isPresent();
    }

    @Test
    void aNameThatNoLongerResolvesToAPublicAddressIsRefusedWhenCheckedAgain() {
        AtomicReference<String> dns = new AtomicReference<>("203.119.8.1");
        PushAddressRule.Resolver resolver = host -> new InetAddress[]{InetAddress.getByName(dns.get())};
        URI url = URI.create("https://vanthu.example.vn/inbox");
        assertThat(none.refusal(url, resolver)).as("at registration").isEmpty();

        dns.set("127.0.0.1");

        assertThat(none.refusal(url, resolver)).as("before a later push").isPresent();
    }

    @Test
    void anUnresolvableHostIsRefused() {
        PushAddressRule.Resolver unknown = host -> {
            throw new UnknownHostException(host);
        };
        assertThat(none.refusal(URI.create("https://vanthu.example.vn/"), unknown))
                .hasValueSatisfying(reason -> assertThat(reason).contains("cannot be resolved"));
    }

    @Test
    void anAdministratorAllowsNetworksAddressesAndHostNames() {
        PushAddressRule rule = PushAddressRule.parse("10.20.0.0/16, 127.0.0.1 vanthu.noibo.gov.vn. [fd00::]/8");

        assertThat(rule.refusal(URI.create("http://10.20.3.4/"), InetAddress::getAllByName)).isEmpty();
        assertThat(rule.refusal(URI.create("http://10.21.3.4/"), InetAddress::getAllByName)).isPresent();
        assertThat(rule.refusal(URI.create("http://127.0.0.1:9999/"), InetAddress::getAllByName)).isEmpty();
        assertThat(rule.refusal(URI.create("http://127.0.0.2:9999/"), InetAddress::getAllByName))
                .as("a listed address allows that address only").isPresent();
        assertThat(rule.refusal(URI.create("http://[fd12::7]/"), InetAddress::getAllByName)).isEmpty();
        PushAddressRule.Resolver inside = host -> new InetAddress[]{InetAddress.getByName("192.168.7.7")};
        assertThat(rule.refusal(URI.create("https://VANTHU.noibo.gov.vn/inbox"), inside)).as("a listed name").isEmpty();
    }

    @Test
    void anUnreadableEntryIsNamed() {
        assertThatThrownBy(() -> PushAddressRule.parse("10.0.0.0/99")).hasMessageContaining("prefix length");
        assertThatThrownBy(() -> PushAddressRule.parse("http://x/")).hasMessageContaining("http://x/");
    }

    @Test
    void networksContainTheirAddressesOnly() throws UnknownHostException {
        IpNetwork net = IpNetwork.parse("172.16.0.0/12");
        assertThat(net.contains(InetAddress.getByName("172.31.255.255"))).isTrue();
        assertThat(net.contains(InetAddress.getByName("172.32.0.0"))).isFalse();
        assertThat(net.contains(InetAddress.getByName("::1"))).isFalse();
        assertThat(net).hasToString("172.16.0.0/12");
    }
}
