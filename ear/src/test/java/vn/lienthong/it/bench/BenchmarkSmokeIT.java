package vn.lienthong.it.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.bench.SmokeRun;
import vn.lienthong.bench.TestSigningKey;
import vn.lienthong.it.signature.SignatureServices;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.signature.testing.TestPki;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few seconds of the benchmark (docs/benchmarks.md) against the server under test, so the load
 * generator keeps working as the hub changes: its signed packages are accepted at an open-loop
 * rate, reach every recipient's inbox, and are fetched and confirmed. The hub verifies every
 * signature, so each sender signs with its own certificate from the test authority the server
 * trusts, bound to the sender by an administrator — as a real agency would.
 */
@ExtendWith(SignatureServices.class)
class BenchmarkSmokeIT {

    private static final Map<String, TestSigningKey> SIGNERS = new ConcurrentHashMap<>();

    /** The sender's signing key, issued and bound to the sender on first use. */
    private static TestSigningKey signerOf(String agency) {
        return SIGNERS.computeIfAbsent(agency, code -> {
            TestPki.Entry issued = SignatureServices.pki().issueSigner("Văn thư " + code, code, SignatureServices.PORT);
            HubResponse bound = Hub.admin().postJson("/api/v1/admin/signatures/" + code + "/signers",
                    "{\"subjectAttribute\":\"OU=" + code + "\"}");
            assertThat(bound.status()).as(bound.toString()).isIn(200, 201, 409);
            return new TestSigningKey(issued.key(), issued.certificate(), issued.chain());
        });
    }

    @Test
    void signedPackagesSentAtAFixedRateAreAcceptedDeliveredAndConfirmedByEveryRecipient() {
        SmokeRun.Outcome outcome = SmokeRun.run(Hub.BASE_URL + "/api/v1", Hub.SAMPLE_SECRET, 2, 3,
                BenchmarkSmokeIT::signerOf);

        assertThat(outcome.errors()).as("refusals and failures").isEmpty();
        assertThat(outcome.accepted()).isEqualTo(outcome.scheduled()).isPositive();
        assertThat(outcome.confirmed()).as("documents confirmed by every recipient").isEqualTo(outcome.accepted());
        assertThat(outcome.drained()).isTrue();
        assertThat(outcome.recipientFailures()).isZero();
    }
}
