package vn.lienthong.it.directory;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/** Agency software reads the sample directory of the embedded default. */
class AgencyDirectoryIT {

    private final AgencyClient client = Hub.as("000.00.00.G22");

    @Test
    void listsTheTopLevelUnits() {
        JsonObject page = client.get("/api/v1/agencies?level=1").json();

        assertThat(items(page)).extracting(a -> a.getString("code"))
                .containsExactly("000.00.00.G09", "000.00.00.G18", "000.00.00.G22", "000.00.00.H20", "000.00.00.H41");
        assertThat(page.getInt("total")).isEqualTo(5);
    }

    @Test
    void listsTheChildrenOfAProvinceAtALevel() {
        JsonObject page = client.get("/api/v1/agencies?parent=000.00.00.H20&level=2&size=100").json();

        assertThat(items(page)).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(a -> {
                    assertThat(a.getString("parentCode")).isEqualTo("000.00.00.H20");
                    assertThat(a.getInt("level")).isEqualTo(2);
                });
    }

    @Test
    void pagesThroughTheWholeDirectory() {
        JsonObject first = client.get("/api/v1/agencies?size=20&page=0").json();
        JsonObject second = client.get("/api/v1/agencies?size=20&page=1").json();

        assertThat(first.getInt("total")).isGreaterThanOrEqualTo(50);
        assertThat(items(first)).hasSize(20);
        assertThat(items(second)).extracting(a -> a.getString("code"))
                .doesNotContainAnyElementsOf(items(first).stream().map(a -> a.getString("code")).toList());
    }

    @Test
    void readsOneAgencyWithItsCanonicalName() {
        JsonObject agency = client.get("/api/v1/agencies/000.00.14.H20").json();

        assertThat(agency.getString("name")).isEqualTo("Sở Y tế tỉnh Đồng Tháp");
        assertThat(agency.getString("parentCode")).isEqualTo("000.00.00.H20");
        assertThat(agency.getInt("level")).isEqualTo(2);
        assertThat(agency.getBoolean("active")).isTrue();
    }

    @Test
    void showsARetiredAgencyAsInactive() {
        assertThat(client.get("/api/v1/agencies/000.00.39.H20").json().getBoolean("active")).isFalse();
    }

    @Test
    void refusesUnknownAndInvalidCodes() {
        assertRefused(client.get("/api/v1/agencies/000.00.77.H20"), 404, "UNKNOWN_AGENCY");
        assertRefused(client.get("/api/v1/agencies/000-00-00-G22"), 400, "INVALID_AGENCY_CODE");
        HubResponse badLevel = client.get("/api/v1/agencies?level=9");
        assertRefused(badLevel, 400, "INVALID_REQUEST");
        assertThat(badLevel.json().getString("element")).isEqualTo("level");
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
