package vn.lienthong.it.directory;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.TestAgencies;

import java.time.Duration;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * Agencies' secrets can be rotated (by the agency or an administrator: the replaced one keeps
 * signing in for the grace period, lienthong.auth.secret-grace, 5 s on the servers under test) and
 * reset by an administrator (the old one stops at once); a retired agency stops signing in at once,
 * not when a server's memory of its secret runs out.
 */
class SecretRotationIT {

    private static final String FIRST = "first-secret-of-the-test";
    private static final String SECOND = "second-secret-of-the-test";
    private static final Duration GRACE = Duration.parse("PT" + System.getProperty("it.auth.secret-grace", "5s").toUpperCase());

    @Test
    void anAgencyRotatesItsSecretAndTheOldOneWorksUntilTheGracePeriodEnds() throws InterruptedException {
        AgencyClient agency = TestAgencies.create(FIRST);
        assertThat(agency.get("/api/v1/inbox").status()).isEqualTo(200);

        HubResponse rotated = agency.putJson("/api/v1/secret", "{\"secret\": \"" + SECOND + "\"}");
        assertThat(rotated.status()).as("rotation answered %s", rotated).isEqualTo(200);
        JsonObject change = rotated.json();
        assertThat(change.getString("agencyCode")).isEqualTo(agency.code());
        assertThat(change.containsKey("secret")).as("a chosen secret is never echoed").isFalse();
        OffsetDateTime changedAt = OffsetDateTime.parse(change.getString("changedAt"));
        OffsetDateTime oldUntil = OffsetDateTime.parse(change.getString("previousSecretValidUntil"));
        assertThat(Duration.between(changedAt, oldUntil)).isEqualTo(GRACE);

        assertThat(Hub.as(agency.code(), SECOND).get("/api/v1/inbox").status()).isEqualTo(200);
        assertThat(agency.get("/api/v1/inbox").status()).as("the old secret, within the grace period").isEqualTo(200);

        Thread.sleep(Math.max(0, Duration.between(OffsetDateTime.now(), oldUntil).toMillis()) + 500);
        assertRefused(agency.get("/api/v1/inbox"), 401, "INVALID_CREDENTIALS");
        assertThat(Hub.as(agency.code(), SECOND).get("/api/v1/inbox").status()).isEqualTo(200);
    }

    @Test
    void whoeverHoldsOnlyTheOldSecretCannotChooseTheNextOne() {
        AgencyClient agency = TestAgencies.create(FIRST);
        assertThat(agency.putJson("/api/v1/secret", "{\"secret\": \"" + SECOND + "\"}").status()).isEqualTo(200);

        assertRefused(agency.putJson("/api/v1/secret", "{\"secret\": \"chosen-by-the-old-secret\"}"), 403,
                "CURRENT_SECRET_REQUIRED");
        assertThat(Hub.as(agency.code(), SECOND).get("/api/v1/inbox").status()).isEqualTo(200);
    }

    @Test
    void withoutAChosenSecretTheHubGeneratesOneAndShowsItOnce() {
        AgencyClient agency = TestAgencies.create(FIRST);
        HubResponse rotated = agency.putJson("/api/v1/secret", "{}");

        assertThat(rotated.status()).as("rotation answered %s", rotated).isEqualTo(200);
        String generated = rotated.json().getString("secret");
        assertThat(generated).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Hub.as(agency.code(), generated).get("/api/v1/inbox").status()).isEqualTo(200);
    }

    @Test
    void aSecretTooShortOrTooLongIsRefusedNamingTheField() {
        AgencyClient agency = TestAgencies.create(FIRST);
        HubResponse shortOne = agency.putJson("/api/v1/secret", "{\"secret\": \"short\"}");
        assertRefused(shortOne, 400, "INVALID_REQUEST");
        assertThat(shortOne.json().getString("element")).isEqualTo("secret");
        assertRefused(agency.putJson("/api/v1/secret", "{\"secret\": \"" + "x".repeat(201) + "\"}"), 400, "INVALID_REQUEST");
        assertThat(agency.get("/api/v1/inbox").status()).as("nothing changed").isEqualTo(200);
    }

    @Test
    void anAdministratorsResetEndsTheOldSecretAtOnce() {
        AgencyClient agency = TestAgencies.create(FIRST);
        assertThat(agency.get("/api/v1/inbox").status()).as("signed in: the hub remembers this secret").isEqualTo(200);

        HubResponse reset = Hub.admin().putJson("/api/v1/admin/agencies/" + agency.code() + "/secret",
                "{\"secret\": \"" + SECOND + "\"}");
        assertThat(reset.status()).as("reset answered %s", reset).isEqualTo(200);
        assertThat(reset.json().containsKey("previousSecretValidUntil")).as("absent: the old secret no longer signs in").isFalse();

        assertRefused(agency.get("/api/v1/inbox"), 401, "INVALID_CREDENTIALS");
        assertThat(Hub.as(agency.code(), SECOND).get("/api/v1/inbox").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorMayRotateWithTheGracePeriodInstead() {
        AgencyClient agency = TestAgencies.create(FIRST);
        HubResponse rotated = Hub.admin().putJson("/api/v1/admin/agencies/" + agency.code() + "/secret",
                "{\"secret\": \"" + SECOND + "\", \"keepPrevious\": true}");

        assertThat(rotated.status()).as("rotation answered %s", rotated).isEqualTo(200);
        assertThat(rotated.json().containsKey("previousSecretValidUntil")).isTrue();
        assertThat(agency.get("/api/v1/inbox").status()).isEqualTo(200);
        assertThat(Hub.as(agency.code(), SECOND).get("/api/v1/inbox").status()).isEqualTo(200);
    }

    @Test
    void aResetNeedsAnActiveAgency() {
        assertRefused(Hub.admin().putJson("/api/v1/admin/agencies/000.00.77.H20/secret", "{}"), 404, "UNKNOWN_AGENCY");
        assertRefused(Hub.admin().putJson("/api/v1/admin/agencies/000.00.39.H20/secret", "{}"), 409, "AGENCY_RETIRED");
    }

    @Test
    void aRetiredAgencyStopsSigningInAtOnce() {
        AgencyClient agency = TestAgencies.create(FIRST);
        assertThat(agency.get("/api/v1/inbox").status()).as("signed in: the hub remembers this secret").isEqualTo(200);

        assertThat(Hub.admin().postJson("/api/v1/admin/agencies/" + agency.code() + "/deactivate",
                "{\"reason\": \"Giải thể\"}").status()).isEqualTo(200);

        assertRefused(agency.get("/api/v1/inbox"), 401, "INVALID_CREDENTIALS");
    }
}
