package vn.lienthong.it.directory;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.TestAgencies;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * The national axis's administrators say through which platform's instance an agency is reached
 * (docs/federation.md, served_by): the hub is the directory entry of that instance's account here.
 * It is routing, so it goes to the audit log and not to the change log agencies follow.
 */
class ServingHubIT {

    private static final String SECRET = "bí-mật-của-trục-thử-2026";

    private final AgencyClient admin = Hub.admin();

    @Test
    void anAgencyIsReachedThroughTheHubAnAdministratorNamesAndServedHereAgainWhenReleased() {
        String hub = TestAgencies.create(SECRET).code();
        String agency = TestAgencies.create(SECRET).code();
        assertThat(ok(admin.get(servedBy(agency))).containsKey("servedBy")).as("served here until told otherwise").isFalse();
        long changeLogBefore = lastChange();

        JsonObject assigned = ok(admin.putJson(servedBy(agency), "{\"hub\":\"" + hub + "\"}"));

        assertThat(assigned.getString("agency")).isEqualTo(agency);
        assertThat(assigned.getString("servedBy")).isEqualTo(hub);
        assertThat(ok(admin.get(servedBy(agency))).getString("servedBy")).isEqualTo(hub);
        assertThat(ok(admin.putJson(servedBy(agency), "{\"hub\":\"" + hub + "\"}")).getString("servedBy"))
                .as("the same hub again changes nothing").isEqualTo(hub);

        assertThat(ok(admin.delete(servedBy(agency))).containsKey("servedBy")).isFalse();
        assertThat(ok(admin.get(servedBy(agency))).containsKey("servedBy")).isFalse();
        assertThat(lastChange()).as("agencies following the directory see no event for routing").isEqualTo(changeLogBefore);
        List<JsonObject> audited = admin.get("/api/v1/admin/audit?action=directory.served-by&target=" + agency).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(audited).hasSize(2).allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo(Hub.ADMIN_USER));
    }

    @Test
    void aHubThatCannotServeIsRefusedAndChangesNothing() {
        String hub = TestAgencies.create(SECRET).code();
        String agency = TestAgencies.create(SECRET).code();
        String other = TestAgencies.create(SECRET).code();
        ok(admin.putJson(servedBy(other), "{\"hub\":\"" + hub + "\"}"));

        assertRefused(admin.putJson(servedBy(agency), "{\"hub\":\"" + agency + "\"}"), 422, "INVALID_SERVING_HUB");
        assertRefused(admin.putJson(servedBy(agency), "{\"hub\":\"000.00.99.G22\"}"), 422, "INVALID_SERVING_HUB");
        assertRefused(admin.putJson(servedBy(agency), "{\"hub\":\"" + other + "\"}"), 422, "INVALID_SERVING_HUB");
        assertRefused(admin.putJson(servedBy(hub), "{\"hub\":\"" + agency + "\"}"), 422, "INVALID_SERVING_HUB");
        assertRefused(admin.putJson(servedBy(agency), "{}"), 400, "INVALID_REQUEST");
        assertRefused(admin.putJson(servedBy("000.00.98.G22"), "{\"hub\":\"" + hub + "\"}"), 404, "UNKNOWN_AGENCY");

        assertThat(ok(admin.get(servedBy(agency))).containsKey("servedBy")).isFalse();
        assertThat(ok(admin.get(servedBy(hub))).containsKey("servedBy")).isFalse();
    }

    @Test
    void agenciesCannotSayWhoServesThem() {
        AgencyClient agency = TestAgencies.create(SECRET);
        String hub = TestAgencies.create(SECRET).code();

        HubResponse refused = agency.putJson(servedBy(agency.code()), "{\"hub\":\"" + hub + "\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(ok(admin.get(servedBy(agency.code()))).containsKey("servedBy")).isFalse();
    }

    private long lastChange() {
        return ok(admin.get("/api/v1/directory/changes?limit=1&since=" + Long.MAX_VALUE / 2)).getJsonNumber("nextCursor").longValue();
    }

    private static String servedBy(String agency) {
        return "/api/v1/admin/agencies/" + agency + "/served-by";
    }

    private static JsonObject ok(HubResponse response) {
        assertThat(response.status()).as("answered %s", response).isEqualTo(200);
        return response.json();
    }
}
