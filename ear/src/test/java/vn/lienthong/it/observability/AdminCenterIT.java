package vn.lienthong.it.observability;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Https;
import vn.lienthong.it.support.HubResponse;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liberty's Admin Center (adminCenter-1.0, observability.xml) is for the hub's administrators only:
 * members of admin.group in the server's user registry, signed in over HTTPS. Agencies are not in
 * that registry and get nowhere; a registry account outside the group signs in but is forbidden.
 */
class AdminCenterIT {

    @Test
    void anAdministratorSignsInOverHttpsAndGetsTheToolbox() {
        AdminCenter browser = new AdminCenter();

        HubResponse signIn = browser.signIn(Hub.ADMIN_USER, Hub.ADMIN_PASSWORD);
        HubResponse toolbox = browser.get("/adminCenter/");

        assertThat(signIn.status()).as("%s", signIn).isEqualTo(302);
        assertThat(signIn.header("Location")).endsWith("/adminCenter/");
        assertThat(toolbox.status()).as("%s", toolbox).isEqualTo(200);
        assertThat(toolbox.text()).doesNotContain("j_security_check");
        assertThat(browser.get("/ibm/adminCenter/explore-1.0/").status()).as("the Explore tool").isEqualTo(200);
    }

    @Test
    void aRegistryAccountOutsideTheAdministratorsGroupIsForbidden() {
        AdminCenter browser = new AdminCenter();

        browser.signIn("clerk", "clerk-is-no-administrator");

        assertThat(browser.get("/adminCenter/").status()).isEqualTo(403);
    }

    @Test
    void anAgencyCannotSignInWithItsSecret() {
        AdminCenter browser = new AdminCenter();

        HubResponse signIn = browser.signIn("000.00.00.G22", Hub.SAMPLE_SECRET);

        assertThat(signIn.header("Location")).contains("login-error");
        HubResponse toolbox = browser.get("/adminCenter/");
        assertThat(toolbox.status()).isEqualTo(302);
        assertThat(toolbox.header("Location")).endsWith("/adminCenter/login.jsp");
    }

    @Test
    void anonymousCallersAreSentToTheSignInForm() {
        HubResponse toolbox = new AdminCenter().get("/adminCenter/");

        assertThat(toolbox.status()).isEqualTo(302);
        assertThat(toolbox.header("Location")).endsWith("/adminCenter/login.jsp");
    }

    @Test
    void plainHttpIsSentToHttps() {
        HubResponse plain = Https.send(Https.newClient(),
                HttpRequest.newBuilder(URI.create(Hub.PLAIN_URL + "/adminCenter/")).GET());

        assertThat(plain.status()).isEqualTo(302);
        assertThat(plain.header("Location")).startsWith(Https.URL + "/adminCenter/");
    }
}
