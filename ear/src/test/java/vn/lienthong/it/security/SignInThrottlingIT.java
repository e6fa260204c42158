package vn.lienthong.it.security;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * Failed sign-ins are limited per client and account, per account and per client (docs/deployment.md,
 * "Sign-in and request limits"). Each test is a client of its own (X-Forwarded-For through the
 * trusted loopback proxy) and uses accounts of its own. The servers under test keep the production
 * counts (5 free failures, 30 per account and per client in 15 minutes) with a 1 s, 2 s backoff.
 */
class SignInThrottlingIT {

    private static final String SECRET = "secret-of-a-throttling-test";
    private static final int FREE_FAILURES = 5;
    private static final int PER_ACCOUNT = 30;
    private static final int PER_CLIENT = 30;

    @Test
    void aClientGuessingOneAgencysSecretMustWaitWhileTheAgencyGoesOnWorking() throws InterruptedException {
        AgencyClient agency = TestAgencies.create(SECRET);
        String attacker = TestAgencies.clientAddress();
        for (int guess = 1; guess <= FREE_FAILURES + 1; guess++) {
            assertRefused(Hub.as(agency.code(), "wrong-guess-" + guess).from(attacker).get("/api/v1/inbox"), 401,
                    "INVALID_CREDENTIALS");
        }

        HubResponse throttled = Hub.as(agency.code(), "wrong-guess-next").from(attacker).get("/api/v1/inbox");
        assertRefused(throttled, 429, "SIGN_IN_THROTTLED");
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 2);
        assertThat(throttled.json().getString("detail_vi")).contains("thử lại sau");
        assertRefused(agency.from(attacker).get("/api/v1/inbox"), 429, "SIGN_IN_THROTTLED");
        assertThat(agency.from(TestAgencies.clientAddress()).get("/api/v1/inbox").status())
                .as("the agency from its own address").isEqualTo(200);

        Thread.sleep(1000L * Integer.parseInt(throttled.header("Retry-After")) + 200);
        assertThat(agency.from(attacker).get("/api/v1/inbox").status()).as("after the wait, checked again").isEqualTo(200);
    }

    @Test
    void theBackoffGrowsWithEachFurtherFailure() throws InterruptedException {
        AgencyClient agency = TestAgencies.create(SECRET);
        String attacker = TestAgencies.clientAddress();
        for (int guess = 1; guess <= FREE_FAILURES + 1; guess++) {
            Hub.as(agency.code(), "wrong-guess-" + guess).from(attacker).get("/api/v1/inbox");
        }
        Thread.sleep(1200);
        assertRefused(Hub.as(agency.code(), "wrong-guess-again").from(attacker).get("/api/v1/inbox"), 401, "INVALID_CREDENTIALS");

        HubResponse throttled = Hub.as(agency.code(), "wrong-guess-once-more").from(attacker).get("/api/v1/inbox");
        assertRefused(throttled, 429, "SIGN_IN_THROTTLED");
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).as("the second delay").isEqualTo(2);
    }

    @Test
    void softwareRetryingTheSameWrongSecretIsNotGuessingAndIsNotThrottled() {
        AgencyClient agency = TestAgencies.create(SECRET);
        AgencyClient oldSecret = Hub.as(agency.code(), "a-secret-it-had-once").from(TestAgencies.clientAddress());
        for (int attempt = 0; attempt < 3 * FREE_FAILURES; attempt++) {
            assertRefused(oldSecret.get("/api/v1/inbox"), 401, "INVALID_CREDENTIALS");
        }
    }

    @Test
    void oneClientTryingManyAccountsIsStoppedExceptOnAccountsItSignedInTo() {
        AgencyClient known = TestAgencies.create(SECRET);
        String sprayer = TestAgencies.clientAddress();
        assertThat(known.from(sprayer).get("/api/v1/inbox").status()).isEqualTo(200);
        for (int account = 0; account < PER_CLIENT; account++) {
            // agencies that do not exist: refused without any hashing, but each attempt counts
            assertRefused(Hub.as("000.00." + (100 + account) + ".H77", "any-secret-at-all").from(sprayer).get("/api/v1/inbox"),
                    401, "INVALID_CREDENTIALS");
        }

        assertRefused(Hub.as("000.00.99.H77", "any-secret-at-all").from(sprayer).get("/api/v1/inbox"), 429, "SIGN_IN_THROTTLED");
        assertRefused(Hub.as("000.00.00.G22").from(sprayer).get("/api/v1/inbox"), 429, "SIGN_IN_THROTTLED");
        assertThat(known.from(sprayer).get("/api/v1/inbox").status()).as("an account this client signed in to").isEqualTo(200);
    }

    @Test
    void guessingSpreadOverManyClientsStopsNewClientsButNotTheAgencysOwn() {
        AgencyClient agency = TestAgencies.create(SECRET);
        String own = TestAgencies.clientAddress();
        assertThat(agency.from(own).get("/api/v1/inbox").status()).isEqualTo(200);
        for (int client = 0; client < PER_ACCOUNT; client++) {
            assertRefused(Hub.as(agency.code(), "distributed-guess-" + client).from(TestAgencies.clientAddress())
                    .get("/api/v1/inbox"), 401, "INVALID_CREDENTIALS");
        }

        HubResponse newcomer = agency.from(TestAgencies.clientAddress()).get("/api/v1/inbox");
        assertRefused(newcomer, 429, "SIGN_IN_THROTTLED");
        assertThat(Integer.parseInt(newcomer.header("Retry-After"))).as("until the 15-minute window ends").isGreaterThan(60);
        assertThat(agency.from(own).get("/api/v1/inbox").status()).as("the agency's own address").isEqualTo(200);
    }

    @Test
    void administratorPasswordGuessesAreThrottledToo() {
        String attacker = TestAgencies.clientAddress();
        for (int guess = 1; guess <= FREE_FAILURES + 1; guess++) {
            assertRefused(Hub.signedInAs(Hub.ADMIN_USER, "not-the-password-" + guess).from(attacker)
                    .get("/api/v1/admin/push/dead-letters"), 401, "INVALID_CREDENTIALS");
        }

        assertRefused(Hub.admin().from(attacker).get("/api/v1/admin/push/dead-letters"), 429, "SIGN_IN_THROTTLED");
        assertThat(Hub.admin().from(TestAgencies.clientAddress()).get("/api/v1/admin/push/dead-letters").status()).isEqualTo(200);
    }
}
