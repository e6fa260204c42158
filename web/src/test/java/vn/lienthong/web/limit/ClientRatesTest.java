package vn.lienthong.web.limit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientRatesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
    private static final ClientAddress CITIZEN = ClientAddress.of("203.0.113.9");

    private final ClientRates rates = new ClientRates("test", RateLimit.parse("60/1m"));

    @Test
    void theWholeAllowanceAtOnceThenOneRequestPerShareOfThePeriod() {
        for (int i = 0; i < 60; i++) {
            assertThat(rates.take(CITIZEN, T0)).isEmpty();
        }
        assertThat(rates.take(CITIZEN, T0).orElseThrow().toMillis()).isBetween(999L, 1000L);
        assertThat(rates.take(CITIZEN, T0.plusMillis(500)).orElseThrow().toMillis()).isBetween(499L, 500L);
        assertThat(rates.take(CITIZEN, T0.plusMillis(1001))).isEmpty();
        assertThat(rates.take(CITIZEN, T0.plusMillis(1001))).isPresent();
    }

    @Test
    void eachClientHasItsOwnAllowance() {
        for (int i = 0; i < 60; i++) {
            rates.take(CITIZEN, T0);
        }
        assertThat(rates.take(ClientAddress.of("203.0.113.10"), T0)).isEmpty();
    }

    @Test
    void aRateIsWrittenAsRequestsPerPeriod() {
        assertThat(RateLimit.parse("120/1m")).isEqualTo(new RateLimit(120, Duration.ofMinutes(1)));
        assertThat(RateLimit.parse(" 5 / 10s")).isEqualTo(new RateLimit(5, Duration.ofSeconds(10)));
        assertThatThrownBy(() -> RateLimit.parse("120")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.parse("0/1m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.parse("x/1m")).isInstanceOf(IllegalArgumentException.class);
    }
}
