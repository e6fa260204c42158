package vn.lienthong.alert.condition;

import org.junit.jupiter.api.Test;
import vn.lienthong.alert.raise.Observation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateExpiryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");
    private final CertificateExpiry expiry = new CertificateExpiry();

    private static CertificateExpiry.Ending ending(String what, long days) {
        return new CertificateExpiry.Ending(what, what + " (vi)", NOW.plus(Duration.ofDays(days)).plusSeconds(60));
    }

    @Test
    void theValueIsTheFewestDaysLeftAndTheDetailNamesOnlyThoseWithinTheThreshold() {
        Observation o = expiry.observation(List.of(ending("hub signing key", 3650), ending("TLS key", 20),
                ending("client certificate of 000.00.01.H01", 5)), 30, NOW);
        assertThat(o.value()).contains(5L);
        assertThat(o.breaches(30)).isTrue();
        assertThat(o.detailEn()).startsWith("2 certificate(s) expire within 30 days: client certificate of 000.00.01.H01")
                .contains("TLS key").doesNotContain("hub signing key");
        assertThat(o.detailVi()).contains("chứng thư số hết hạn trong 30 ngày");
    }

    @Test
    void nothingWithinTheThresholdDoesNotBreach() {
        Observation o = expiry.observation(List.of(ending("hub signing key", 3650), ending("TLS key", 365)), 30, NOW);
        assertThat(o.value()).contains(365L);
        assertThat(o.breaches(30)).isFalse();
        assertThat(o.detailEn()).contains("No certificate expires within 30 days");
    }

    @Test
    void anExpiredCertificateCountsAsBelowZeroDays() {
        assertThat(CertificateExpiry.daysLeft(NOW.minus(Duration.ofHours(1)), NOW)).isEqualTo(-1);
        assertThat(CertificateExpiry.daysLeft(NOW.plus(Duration.ofHours(23)), NOW)).isZero();
    }

    @Test
    void noCertificateAtAllMeasuresNothing() {
        assertThat(expiry.observation(List.of(), 30, NOW).value()).isEmpty();
    }
}
