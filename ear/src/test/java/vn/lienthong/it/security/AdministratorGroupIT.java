package vn.lienthong.it.security;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account of the server's user registry is an administrator only as a member of the
 * administrators' group (admin.group): with an LDAP registry every employee has an account. The
 * servers under test have a second registry account, {@code clerk}, outside that group
 * (src/test/liberty/registry).
 */
class AdministratorGroupIT {

    static final String CLERK = "clerk";
    static final String CLERK_PASSWORD = "clerk-is-no-administrator";

    @Test
    void aRegistryAccountOutsideTheAdministratorsGroupIsForbiddenEveryAdministrationPath() {
        for (String path : new String[]{"/api/v1/admin/agencies", "/api/v1/admin/push/dead-letters",
                "/api/v1/admin/portal-sync/failures", "/api/v1/admin/handovers/failures"}) {
            HubResponse response = Hub.signedInAs(CLERK, CLERK_PASSWORD).get(path);
            assertThat(response.status()).as("%s %s", path, response).isEqualTo(403);
        }
        HubResponse add = Hub.signedInAs(CLERK, CLERK_PASSWORD).postJson("/api/v1/admin/agencies",
                "{\"code\":\"000.00.97.H41\",\"name\":\"Không được thêm\"}");
        assertThat(add.status()).as("%s", add).isEqualTo(403);
        assertThat(Hub.admin().get("/api/v1/agencies/000.00.97.H41").status()).isEqualTo(404);
    }

    @Test
    void aRegistryAccountOutsideTheGroupIsNoAgencyEither() {
        assertThat(Hub.signedInAs(CLERK, CLERK_PASSWORD).get("/api/v1/inbox").status()).isEqualTo(403);
    }

    @Test
    void theAdministratorInTheGroupStillGetsIn() {
        HubResponse response = Hub.admin().get("/api/v1/admin/push/dead-letters");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }

    @Test
    void aWrongPasswordOfTheRegistryAccountIsStillUnauthenticated() {
        assertThat(Hub.signedInAs(CLERK, "wrong-password").get("/api/v1/admin/agencies").status()).isEqualTo(401);
    }
}
