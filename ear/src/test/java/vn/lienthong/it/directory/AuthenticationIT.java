package vn.lienthong.it.directory;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Only agency software that signs in as its agency gets an answer from the API. */
class AuthenticationIT {

    @Test
    void anonymousCallsAreRefusedWithAChallenge() {
        for (String path : new String[]{"/api/v1/agencies", "/api/v1/inbox", "/api/v1/sent", "/api/v1/agencies/000.00.00.G22"}) {
            HubResponse response = Hub.anonymousGet(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(response.problemCode()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void aWrongSecretIsRefused() {
        HubResponse response = Hub.as("000.00.00.G22", "not-the-secret").get("/api/v1/inbox");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problemCode()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void anUnknownAgencyIsRefused() {
        assertThat(Hub.as("000.00.77.H20").get("/api/v1/inbox").status()).isEqualTo(401);
    }

    @Test
    void anInactiveAgencyCannotSignIn() {
        assertThat(Hub.as("000.00.39.H20").get("/api/v1/inbox").status()).isEqualTo(401);
    }

    @Test
    void theCodeMayBeWrittenInLowerCase() {
        assertThat(Hub.as("000.00.00.g22").get("/api/v1/inbox").status()).isEqualTo(200);
    }
}
