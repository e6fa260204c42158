package vn.lienthong.it.limit;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.TestAgencies;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * The endpoints anyone may call without signing in give each client (address) an allowance of
 * requests (lienthong.limit.lookup, lienthong.limit.feedback); over it the answer is 429 with
 * Retry-After, for that client only. The servers under test have the allowances of the properties
 * it.limit.lookup and it.limit.feedback (ear/pom.xml), larger than the whole suite uses.
 */
class PublicRateLimitIT {

    private static final int LOOKUPS = allowance("it.limit.lookup");
    private static final int SUBMISSIONS = allowance("it.limit.feedback");

    @Test
    void aClientLookingUpTooOftenIsToldToWaitWhileOthersAreServed() {
        AgencyClient citizen = Hub.anonymous().from(TestAgencies.clientAddress());
        HubResponse refused = exhaust(LOOKUPS, citizen, c -> c.get("/api/v1/lookup/dossiers/000.00.10.H20-000101-9999?key=ABCD2345"));

        assertRefused(refused, 429, "TOO_MANY_REQUESTS");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        assertThat(refused.json().getString("detail_vi")).contains("thử lại sau");
        // Looking up feedback draws on the same allowance. It grows back meanwhile (one request in
        // 200 ms at 300/1m), so on a slow machine one more request may be served before the refusal;
        // a separate allowance would serve hundreds.
        assertRefused(refusedWithin(3, citizen, c -> c.get("/api/v1/public/feedback/PAKN-260101-AAAAAAAA")),
                429, "TOO_MANY_REQUESTS");
        // with a key, so that the answer is the unknown dossier's 404 rather than the missing key's 400
        assertThat(Hub.anonymous().from(TestAgencies.clientAddress())
                .get("/api/v1/lookup/dossiers/000.00.10.H20-000101-9999?key=AAAAAAAA").status())
                .as("another citizen").isEqualTo(404);
    }

    @Test
    void sendingFeedbackHasASmallerAllowanceOfItsOwn() {
        AgencyClient citizen = Hub.anonymous().from(TestAgencies.clientAddress());
        HubResponse refused = exhaust(SUBMISSIONS, citizen, c -> c.postJson("/api/v1/public/feedback", "{}"));

        assertRefused(refused, 429, "TOO_MANY_REQUESTS");
        assertThat(citizen.get("/api/v1/public/feedback/PAKN-260101-AAAAAAAA").status())
                .as("looking up is counted apart").isEqualTo(404);
    }

    /**
     * Sends requests until one is refused for the rate: the first {@code allowance} must all be
     * served (the allowance grows back only slowly meanwhile), and the refusal must come soon after.
     */
    private static HubResponse exhaust(int allowance, AgencyClient client, Function<AgencyClient, HubResponse> request) {
        for (int sent = 1; sent <= allowance * 3 / 2; sent++) {
            HubResponse response = request.apply(client);
            if (response.status() == 429) {
                assertThat(sent).as("requests served before the first refusal").isGreaterThan(allowance);
                return response;
            }
            assertThat(response.status()).as("answer %s", response).isIn(400, 404);
        }
        throw new AssertionError("no request was refused for its rate");
    }

    /** The first refusal among at most {@code requests} requests, each of which is otherwise answered 404. */
    private static HubResponse refusedWithin(int requests, AgencyClient client, Function<AgencyClient, HubResponse> request) {
        HubResponse response = null;
        for (int sent = 1; sent <= requests; sent++) {
            response = request.apply(client);
            if (response.status() == 429) {
                return response;
            }
            assertThat(response.status()).as("answer %s", response).isEqualTo(404);
        }
        return response;
    }

    private static int allowance(String property) {
        String rate = System.getProperty(property, "100/1m");
        return Integer.parseInt(rate.substring(0, rate.indexOf('/')));
    }
}
