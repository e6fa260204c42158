package vn.lienthong.it.security;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every listing that takes a page number or an offset refuses one that is out of range, or not a
 * number, with a problem document naming the parameter: a page number near
 * {@code Integer.MAX_VALUE} once overflowed into a negative offset and a 500.
 */
class PagingLimitsIT {

    private static final String MAX = Integer.toString(Integer.MAX_VALUE);

    @Test
    void aPageOrOffsetOutOfRangeIsABadRequestNamingIt() {
        AgencyClient agency = Hub.as("000.00.10.H20");
        Map<String, AgencyClient> listings = Map.of(
                "/api/v1/agencies?page=" + MAX, agency,
                "/api/v1/agencies?page=" + MAX + "&size=500", agency,
                "/api/v1/procedures?page=" + MAX, Hub.anonymous(),
                "/api/v1/dossiers?offset=" + MAX, agency,
                "/api/v1/feedback?offset=" + MAX, agency,
                "/api/v1/public/feedback?offset=" + MAX, Hub.anonymous(),
                "/api/v1/admin/feedback?offset=" + MAX, Hub.admin());
        listings.forEach((path, caller) -> {
            HubResponse response = caller.get(path);
            assertThat(response.status()).as("%s answered %s", path, response).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.problemCode()).isEqualTo("INVALID_REQUEST");
            assertThat(response.json().getString("element")).isEqualTo(path.contains("offset") ? "offset" : "page");
        });
    }

    /** By the JAX-RS rule a query parameter the runtime cannot convert would be a 404, as if the listing did not exist. */
    @Test
    void aPagingParameterThatIsNotANumberIsABadRequestNamingIt() {
        AgencyClient agency = Hub.as("000.00.10.H20");
        Map<String, String> listings = Map.of(
                "/api/v1/agencies?page=abc", "page",
                "/api/v1/agencies?page=99999999999", "page",
                "/api/v1/agencies?size=%3B", "size",
                "/api/v1/inbox?limit=ten", "limit",
                "/api/v1/dossiers?offset=1e3", "offset");
        listings.forEach((path, parameter) -> {
            HubResponse response = agency.get(path);
            assertThat(response.status()).as("%s answered %s", path, response).isEqualTo(400);
            assertThat(response.problemCode()).isEqualTo("INVALID_REQUEST");
            assertThat(response.json().getString("element")).isEqualTo(parameter);
        });
    }

    @Test
    void theLastPagesWithinTheBoundAreServed() {
        HubResponse far = Hub.as("000.00.10.H20").get("/api/v1/agencies?page=200&size=500");
        assertThat(far.status()).as("%s", far).isEqualTo(200);
        assertThat(far.json().getJsonArray("items")).isEmpty();
    }
}
