package vn.lienthong.it.cluster;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * A change of an agency's credentials made through one server is in force on the other at once:
 * each server reads the credential on every request, and remembers only what hashing found, for
 * as long as the credential is unchanged.
 */
@Tag("production-configuration")
class CredentialChangesAcrossServersIT {

    private static final String FIRST = "first-secret-across-servers";
    private static final String SECOND = "second-secret-across-servers";

    @Test
    void aResetOnOneServerEndsTheOldSecretOnTheOtherAtOnce() {
        AgencyClient agency = TestAgencies.create(FIRST);
        AgencyClient onSecond = agency.at(Hub.SECOND_BASE_URL);
        assertThat(onSecond.get("/api/v1/inbox").status()).as("signed in on the second server").isEqualTo(200);

        assertThat(Hub.admin().putJson("/api/v1/admin/agencies/" + agency.code() + "/secret",
                "{\"secret\": \"" + SECOND + "\"}").status()).isEqualTo(200);

        assertRefused(onSecond.get("/api/v1/inbox"), 401, "INVALID_CREDENTIALS");
        assertThat(Hub.as(agency.code(), SECOND).at(Hub.SECOND_BASE_URL).get("/api/v1/inbox").status()).isEqualTo(200);
    }

    @Test
    void anAgencyRetiredOnOneServerIsRefusedOnTheOtherAtOnce() {
        AgencyClient agency = TestAgencies.create(FIRST);
        AgencyClient onSecond = agency.at(Hub.SECOND_BASE_URL);
        assertThat(onSecond.get("/api/v1/inbox").status()).as("signed in on the second server").isEqualTo(200);

        assertThat(Hub.admin().postJson("/api/v1/admin/agencies/" + agency.code() + "/deactivate",
                "{\"reason\": \"Giải thể\"}").status()).isEqualTo(200);

        assertRefused(onSecond.get("/api/v1/inbox"), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void aSecretRotatedOnOneServerSignsInOnBothAndTheOldOneToo() {
        AgencyClient agency = TestAgencies.create(FIRST);
        assertThat(agency.at(Hub.SECOND_BASE_URL).putJson("/api/v1/secret", "{\"secret\": \"" + SECOND + "\"}").status())
                .isEqualTo(200);

        assertThat(Hub.as(agency.code(), SECOND).get("/api/v1/inbox").status()).isEqualTo(200);
        assertThat(agency.get("/api/v1/inbox").status()).as("the old secret within its grace period").isEqualTo(200);
    }
}
