package vn.lienthong.platform.health;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateValidityTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void countsTheWholeDaysLeftBeforeExpiry() {
        var validity = new CertificateValidity(START, END, END.minus(Duration.ofDays(10)).minusSeconds(1));

        assertThat(validity.valid()).isTrue();
        assertThat(validity.daysLeft()).isEqualTo(10);
    }

    @Test
    void anExpiredCertificateHasNegativeDaysLeftAndIsNotValid() {
        var validity = new CertificateValidity(START, END, END.plusSeconds(1));

        assertThat(validity.valid()).isFalse();
        assertThat(validity.daysLeft()).isEqualTo(-1);
    }

    @Test
    void aCertificateNotYetStartedIsNotValid() {
        assertThat(new CertificateValidity(START, END, START.minusSeconds(1)).valid()).isFalse();
    }

    @Test
    void warnsOnlyWithinTheGivenDaysWhileStillValid() {
        assertThat(new CertificateValidity(START, END, END.minus(Duration.ofDays(5))).expiresWithin(30)).isTrue();
        assertThat(new CertificateValidity(START, END, END.minus(Duration.ofDays(40))).expiresWithin(30)).isFalse();
        assertThat(new CertificateValidity(START, END, END.plusSeconds(1)).expiresWithin(30)).as("expired is down, not a warning").isFalse();
    }

    @Test
    void refusesACertificateEndingBeforeItStarts() {
        assertThatThrownBy(() -> new CertificateValidity(END, START, START)).isInstanceOf(IllegalArgumentException.class);
    }
}
