package vn.lienthong.it.security;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * Credentials travel only over TLS where it is required (lienthong.auth.require-tls: the production
 * configuration's servers): on the plain-HTTP port a request carrying them, or asking for a
 * protected resource, is refused 403 TLS_REQUIRED naming the HTTPS address, unread. The embedded
 * development set-up (sample directory loaded) keeps plain HTTP.
 */
class TlsOnlyCredentialsIT {

    private static final String HTTPS = System.getProperty("it.https.url", "https://localhost:9543");

    @Test
    void anAgencySecretOverPlainHttpIsRefusedNamingTheHttpsAddress() {
        assumeTrue(Hub.REQUIRES_TLS, "only the production configuration requires TLS");
        HubResponse refused = Hub.as("000.00.00.G22").at(Hub.PLAIN_URL).get("/api/v1/inbox");

        assertRefused(refused, 403, "TLS_REQUIRED");
        assertThat(refused.json().getString("detail")).contains(HTTPS + "/api/v1/inbox");
        assertThat(refused.json().getString("detail_vi")).contains(HTTPS + "/api/v1/inbox");
        assertThat(refused.header("WWW-Authenticate")).as("no challenge inviting credentials over plain HTTP").isNull();
        assertThat(Hub.as("000.00.00.G22").get("/api/v1/inbox").status()).as("the same over HTTPS").isEqualTo(200);
    }

    @Test
    void anAdministratorPasswordOverPlainHttpIsRefused() {
        assumeTrue(Hub.REQUIRES_TLS, "only the production configuration requires TLS");
        assertRefused(Hub.admin().at(Hub.PLAIN_URL).get("/api/v1/admin/push/dead-letters"), 403, "TLS_REQUIRED");
    }

    @Test
    void aProtectedResourceOverPlainHttpIsRefusedWithoutAChallenge() {
        assumeTrue(Hub.REQUIRES_TLS, "only the production configuration requires TLS");
        HubResponse refused = Hub.anonymous().at(Hub.PLAIN_URL).get("/api/v1/inbox");

        assertRefused(refused, 403, "TLS_REQUIRED");
        assertThat(refused.header("WWW-Authenticate")).isNull();
    }

    @Test
    void theSoapServicesRefuseCredentialsOverPlainHttpToo() {
        assumeTrue(Hub.REQUIRES_TLS, "only the production configuration requires TLS");
        HubResponse refused = Hub.as("000.00.00.G22").at(Hub.PLAIN_URL).send("POST", "/soap/v1/directory", "text/xml",
                HttpRequest.BodyPublishers.ofString("<x/>"));

        assertRefused(refused, 403, "TLS_REQUIRED");
    }

    @Test
    void theServersPrivateHeadersCannotPassPlainHttpOffAsSecure() {
        assumeTrue(Hub.REQUIRES_TLS, "only the production configuration requires TLS");
        HubResponse refused = Hub.send(HttpRequest.newBuilder(URI.create(Hub.PLAIN_URL + "/api/v1/inbox"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("000.00.00.G22:" + Hub.SAMPLE_SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("$WSIS", "true").header("$WSSC", "https").GET());

        assertRefused(refused, 403, "TLS_REQUIRED");
    }

    @Test
    void aTrustedProxyThatEndedTlsMayForwardCredentials() {
        assumeTrue(Hub.REQUIRES_TLS, "only the production configuration requires TLS");
        HubResponse forwarded = Hub.send(HttpRequest.newBuilder(URI.create(Hub.PLAIN_URL + "/api/v1/inbox"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("000.00.00.G22:" + Hub.SAMPLE_SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", "198.51.100.7").header("X-Forwarded-Proto", "https").GET());

        assertThat(forwarded.status()).as("loopback is a trusted proxy on the servers under test: %s", forwarded).isEqualTo(200);
    }

    @Test
    void anonymousPublicServicesStayOpenOverPlainHttp() {
        assertThat(Hub.anonymous().at(Hub.PLAIN_URL).get("/api/v1/procedures?size=1").status()).isEqualTo(200);
        assertThat(Hub.anonymous().at(Hub.PLAIN_URL).get("/health/ready").status()).isEqualTo(200);
    }

    @Test
    void theDevelopmentSetUpKeepsPlainHttp() {
        assumeFalse(Hub.REQUIRES_TLS, "the embedded development set-up only");
        assertThat(Hub.as("000.00.00.G22").at(Hub.PLAIN_URL).get("/api/v1/inbox").status()).isEqualTo(200);
    }
}
