package vn.lienthong.it.signature;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ACCEPT_UNSIGNED never becomes the policy of an agency an administrator adds, even on a server that
 * loaded the sample directory: only the sample agencies have it, as a policy of their own.
 */
class DefaultSignaturePolicyIT {

    private static final String SECRET = "a-secret-of-the-new-unit";
    private static final String RECIPIENT = "000.00.00.H41";

    @Test
    void anAgencyAddedByAnAdministratorMustSignEvenBesideTheSampleAgencies() {
        String code = "000.00.95.G18";
        HubResponse added = Hub.admin().postJson("/api/v1/admin/agencies", """
                {"code":"%s","name":"Đơn vị mới thêm %s","parentCode":"000.00.00.G18","secret":"%s"}""".formatted(code, code, SECRET));
        assertThat(added.status()).as("%s", added).isIn(201, 409);

        HubResponse policy = Hub.admin().get("/api/v1/admin/signatures/" + code + "/policy");
        assertThat(policy.status()).as("%s", policy).isEqualTo(200);
        assertThat(policy.json().getString("mode")).isEqualTo("REQUIRE_VALID");
        assertThat(policy.json().getBoolean("own")).isFalse();

        AgencyClient newUnit = Hub.as(code, SECRET);
        HubResponse unsigned = newUnit.postXml("/api/v1/documents",
                Packages.document(code, RECIPIENT).xml().getBytes(StandardCharsets.UTF_8));
        assertThat(unsigned.status()).as("%s", unsigned).isEqualTo(422);
    }

    @Test
    void aSampleAgencyHasAcceptUnsignedAsAPolicyOfItsOwn() {
        HubResponse policy = Hub.admin().get("/api/v1/admin/signatures/000.00.00.G22/policy");

        assertThat(policy.status()).as("%s", policy).isEqualTo(200);
        assertThat(policy.json().getString("mode")).isEqualTo("ACCEPT_UNSIGNED");
        assertThat(policy.json().getBoolean("own")).isTrue();
    }
}
