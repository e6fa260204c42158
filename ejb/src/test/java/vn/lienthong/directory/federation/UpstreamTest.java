package vn.lienthong.directory.federation;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpstreamTest {

    private static final AgencyCode PROVINCE_HUB = AgencyCode.of("000.00.90.H41");

    @Test
    void withoutAnUpstreamUrlTheInstanceIsASingleHub() {
        assertThat(Upstream.configured("", "000.00.90.G22", "000.00.90.H41", "s", "", "", PROVINCE_HUB)).isEmpty();
        assertThat(Upstream.configured(null, null, null, null, null, null, PROVINCE_HUB)).isEmpty();
    }

    @Test
    void anUpstreamIsReachedUnderItsBaseWithThisInstancesAccount() {
        Upstream upstream = Upstream.configured(" https://axis.example.vn/api/v1 ", "000.00.90.G22", "000.00.90.H41",
                "secret", "", "", PROVINCE_HUB).orElseThrow();

        assertThat(upstream.base()).isEqualTo(URI.create("https://axis.example.vn/api/v1/"));
        assertThat(upstream.code()).isEqualTo(AgencyCode.of("000.00.90.G22"));
        assertThat(upstream.user()).isEqualTo("000.00.90.H41");
        assertThat(upstream.truststore()).isEmpty();
    }

    @Test
    void anUpstreamWithoutItsHubCodeIsRefused() {
        assertThatThrownBy(() -> Upstream.configured("https://axis.example.vn/api/v1/", " ", "000.00.90.H41", "s", "", "",
                PROVINCE_HUB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lienthong.federation.upstream.code");
    }

    @Test
    void anUpstreamWithThisInstancesOwnCodeIsRefused() {
        assertThatThrownBy(() -> Upstream.configured("https://axis.example.vn/api/v1/", "000.00.90.H41", "000.00.90.H41", "s",
                "", "", PROVINCE_HUB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a code of its own");
    }

    @Test
    void anUpstreamUrlThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> Upstream.configured("axis.example.vn/api", "000.00.90.G22", "000.00.90.H41", "s", "", "",
                PROVINCE_HUB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s) URL");
    }

    @Test
    void theSecretNeverShowsInTheUpstreamsDescription() {
        Upstream upstream = Upstream.configured("https://axis.example.vn/api/v1/", "000.00.90.G22", "000.00.90.H41",
                "do-not-print", "", "", PROVINCE_HUB).orElseThrow();

        assertThat(upstream.toString()).doesNotContain("do-not-print").contains("000.00.90.G22");
    }
}
