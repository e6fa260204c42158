package vn.lienthong.it.support;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agencies a test creates for itself (through the directory administration, with a secret of its
 * own), for tests that change an agency's secret or retire it: the sample agencies stay as every
 * other test expects them.
 */
public final class TestAgencies {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(RANDOM.nextInt(1 << 16));

    private TestAgencies() {
    }

    /** A new active agency signing in with {@code secret}: a level-2 unit of the Government Office no earlier run used. */
    public static AgencyClient create(String secret) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = "000.00." + (100 + RANDOM.nextInt(900)) + ".G22";
            HubResponse added = Hub.admin().postJson("/api/v1/admin/agencies",
                    "{\"code\":\"" + code + "\",\"name\":\"Đơn vị thử nghiệm " + code + "\",\"secret\":\"" + secret + "\"}");
            if (added.status() == 201) {
                return Hub.as(code, secret);
            }
            assertThat(added.problemCode()).as("adding %s answered %s", code, added).isEqualTo("AGENCY_EXISTS");
        }
        throw new AssertionError("no free agency code found for a test agency");
    }

    /** An address in the benchmarking range (RFC 2544) no other test of this run uses: a client of its own, as the hub counts it. */
    public static String clientAddress() {
        int n = NEXT_ADDRESS.getAndIncrement() % (1 << 16);
        return "198.18." + (n >> 8) + "." + (n & 0xff);
    }
}
