package vn.lienthong.it.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.bench.SmokeRun;
import vn.lienthong.it.support.Hub;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few seconds of the benchmark (docs/benchmarks.md) against the server under test, so the load
 * generator keeps working as the hub changes: its signed packages are accepted at an open-loop
 * rate, reach every recipient's inbox, and are fetched and confirmed.
 */
class BenchmarkSmokeIT {

    /** On a busy machine the application may still be starting when the server says it is ready. */
    @BeforeAll
    static void awaitTheApplication() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Hub.anonymousGet("/health/ready").status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
        }
    }

    @Test
    void signedPackagesSentAtAFixedRateAreAcceptedDeliveredAndConfirmedByEveryRecipient() {
        SmokeRun.Outcome outcome = SmokeRun.run(Hub.BASE_URL + "/api/v1", Hub.SAMPLE_SECRET, 2, 3);

        assertThat(outcome.errors()).as("refusals and failures").isEmpty();
        assertThat(outcome.accepted()).isEqualTo(outcome.scheduled()).isPositive();
        assertThat(outcome.confirmed()).as("documents confirmed by every recipient").isEqualTo(outcome.accepted());
        assertThat(outcome.drained()).isTrue();
        assertThat(outcome.recipientFailures()).isZero();
    }
}
