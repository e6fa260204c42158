package vn.lienthong.exchange.push;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PushTargetTest {

    @Test
    void acceptsAnHttpOrHttpsUrlWithOrWithoutACompleteCredential() {
        assertThat(PushTarget.of("https://vanthu.hanoi.gov.vn/edoc/inbox", null, null).user()).isEmpty();
        PushTarget withCredential = PushTarget.of("HTTP://10.0.0.5:8080/inbox", "vanthu", "bí-mật");
        assertThat(withCredential.url().getScheme()).isEqualTo("http");
        assertThat(withCredential.user()).contains("vanthu");
    }

    @Test
    void neverShowsTheSecretWhenPrinted() {
        assertThat(PushTarget.of("https://a.gov.vn/in", "vanthu", "bí-mật").toString()).doesNotContain("bí-mật");
    }

    @Test
    void refusesOtherSchemesRelativeUrlsAndUserInfoInTheUrl() {
        assertThatThrownBy(() -> PushTarget.of("ftp://a.gov.vn/in", null, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PushTarget.of("/inbox", null, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PushTarget.of("https://u:p@a.gov.vn/in", null, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PushTarget.of("not a url", null, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PushTarget.of(" ", null, null)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void refusesAHalfCredential() {
        assertThatThrownBy(() -> PushTarget.of("https://a.gov.vn/in", "vanthu", null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PushTarget.of("https://a.gov.vn/in", null, "secret")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PushTarget.of("https://a.gov.vn/in", "van:thu", "secret")).isInstanceOf(InvalidRequestException.class);
    }
}
