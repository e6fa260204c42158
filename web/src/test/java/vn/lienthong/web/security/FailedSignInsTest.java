package vn.lienthong.web.security;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.time.Backoff;
import vn.lienthong.web.limit.ClientAddress;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FailedSignInsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
    private static final ClientAddress ATTACKER = ClientAddress.of("203.0.113.9");
    private static final ClientAddress AGENCY_OFFICE = ClientAddress.of("192.0.2.10");
    private static final String ACCOUNT = "agency 000.00.00.G22";

    private final FailedSignIns failures = new FailedSignIns(new FailedSignIns.Settings(
            5, Backoff.parse("5s,30s,2m"), Duration.ofMinutes(15), 30, 30));

    @Test
    void freeFailuresThenEachFurtherOneMakesTheClientWaitLonger() {
        for (int i = 0; i < 5; i++) {
            failures.failed(ATTACKER, ACCOUNT, T0);
        }
        assertThat(failures.waitBefore(ATTACKER, ACCOUNT, T0)).isEmpty();

        failures.failed(ATTACKER, ACCOUNT, T0);
        assertThat(failures.waitBefore(ATTACKER, ACCOUNT, T0)).contains(Duration.ofSeconds(5));
        assertThat(failures.waitBefore(ATTACKER, ACCOUNT, T0.plusSeconds(5))).isEmpty();

        failures.failed(ATTACKER, ACCOUNT, T0.plusSeconds(5));
        assertThat(failures.waitBefore(ATTACKER, ACCOUNT, T0.plusSeconds(5))).contains(Duration.ofSeconds(30));
        failures.failed(ATTACKER, ACCOUNT, T0.plusSeconds(35));
        failures.failed(ATTACKER, ACCOUNT, T0.plusSeconds(200));
        assertThat(failures.waitBefore(ATTACKER, ACCOUNT, T0.plusSeconds(200))).as("the last delay repeats")
                .contains(Duration.ofMinutes(2));
    }

    @Test
    void anotherClientOfTheSameAccountIsNotHeldUp() {
        for (int i = 0; i < 10; i++) {
            failures.failed(ATTACKER, ACCOUNT, T0);
        }
        assertThat(failures.waitBefore(AGENCY_OFFICE, ACCOUNT, T0)).isEmpty();
    }

    @Test
    void aSuccessStartsThePairAfresh() {
        for (int i = 0; i < 5; i++) {
            failures.failed(AGENCY_OFFICE, ACCOUNT, T0);
        }
        failures.succeeded(AGENCY_OFFICE, ACCOUNT, T0);
        failures.failed(AGENCY_OFFICE, ACCOUNT, T0);
        assertThat(failures.waitBefore(AGENCY_OFFICE, ACCOUNT, T0)).isEmpty();
    }

    @Test
    void failuresOnAnAccountFromManyClientsStopNewClientsUntilTheWindowEnds() {
        failures.succeeded(AGENCY_OFFICE, ACCOUNT, T0);
        for (int i = 0; i < 30; i++) {
            failures.failed(ClientAddress.of("198.51.100." + i), ACCOUNT, T0.plusSeconds(60));
        }

        assertThat(failures.waitBefore(ClientAddress.of("198.51.100.200"), ACCOUNT, T0.plusSeconds(60)))
                .contains(Duration.ofMinutes(15));
        assertThat(failures.waitBefore(AGENCY_OFFICE, ACCOUNT, T0.plusSeconds(60))).as("a known client").isEmpty();
        assertThat(failures.waitBefore(ClientAddress.of("198.51.100.200"), ACCOUNT, T0.plusSeconds(60 + 900))).isEmpty();
    }

    @Test
    void failuresOfOneClientOnManyAccountsStopItExceptWhereItIsKnown() {
        failures.succeeded(ATTACKER, ACCOUNT, T0);
        for (int i = 0; i < 30; i++) {
            failures.failed(ATTACKER, "agency 000.00." + (100 + i) + ".H77", T0);
        }

        assertThat(failures.waitBefore(ATTACKER, "agency 000.00.99.H77", T0)).contains(Duration.ofMinutes(15));
        assertThat(failures.waitBefore(ATTACKER, ACCOUNT, T0)).isEmpty();
        assertThat(failures.waitBefore(AGENCY_OFFICE, "agency 000.00.99.H77", T0)).isEmpty();
    }

    @Test
    void aPairsFailuresAreForgottenAfterADay() {
        for (int i = 0; i < 5; i++) {
            failures.failed(ATTACKER, ACCOUNT, T0);
        }
        failures.failed(ATTACKER, ACCOUNT, T0.plus(FailedSignIns.PAIR_MEMORY));
        assertThat(failures.waitBefore(ATTACKER, ACCOUNT, T0.plus(FailedSignIns.PAIR_MEMORY))).isEmpty();
    }
}
