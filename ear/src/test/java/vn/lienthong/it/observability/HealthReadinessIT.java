package vn.lienthong.it.observability;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness (GET /health/ready, no sign-in, plain HTTP for load balancers) lists the checks a server
 * needs to take work: the database, the broker, the hub key, the TLS key and free space where data
 * and spooled packages are kept, each with the data an operator acts on.
 */
class HealthReadinessIT {

    @Test
    void theServerIsReadyWithEveryCheckListed() {
        HubResponse ready = Hub.send(HttpRequest.newBuilder(URI.create(Hub.PLAIN_URL + "/health/ready")).GET());

        assertThat(ready.status()).as("%s", ready).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        assertThat(checks(ready)).containsOnlyKeys("database", "broker", "hub-key", "tls-keystore", "free-space");
        assertThat(checks(ready).values()).allSatisfy(check -> assertThat(check.getString("status")).isEqualTo("UP"));
    }

    @Test
    void theTlsKeyCheckSaysWhereTheKeyIsAndHowManyDaysItHasLeft() {
        JsonObject data = checks(readiness()).get("tls-keystore").getJsonObject("data");

        assertThat(data.getString("location")).endsWith(".p12");
        assertThat(data.getJsonNumber("daysLeft").longValue()).isPositive();
        assertThat(Instant.parse(data.getString("notAfter"))).isAfter(Instant.now());
        assertThat(data.getString("subject")).contains("CN=");
        assertThat(data.containsKey("problem")).isFalse();
    }

    @Test
    void theHubKeyCheckReportsTheHubCertificate() {
        JsonObject data = checks(readiness()).get("hub-key").getJsonObject("data");

        assertThat(data.getJsonNumber("daysLeft").longValue()).isPositive();
        assertThat(data.getString("subject")).contains("CN=");
        assertThat(data.getString("location")).endsWith(".p12");
    }

    @Test
    void theFreeSpaceCheckNamesBothDirectoriesAndTheThreshold() {
        JsonObject data = checks(readiness()).get("free-space").getJsonObject("data");

        assertThat(data.getJsonNumber("minimumMiB").longValue()).isPositive();
        assertThat(data.getJsonNumber("dataFreeMiB").longValue()).isGreaterThanOrEqualTo(data.getJsonNumber("minimumMiB").longValue());
        assertThat(data.getString("dataDir")).isNotBlank();
        assertThat(data.getString("spoolDir")).isNotBlank();
    }

    @Test
    void theDatabaseCheckNamesTheProduct() {
        JsonObject data = checks(readiness()).get("database").getJsonObject("data");

        assertThat(data.getString("product")).contains(Hub.REQUIRES_TLS ? "PostgreSQL" : "Derby");
    }

    private static HubResponse readiness() {
        return Hub.send(HttpRequest.newBuilder(URI.create(Hub.PLAIN_URL + "/health/ready")).GET());
    }

    private static Map<String, JsonObject> checks(HubResponse health) {
        return health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), Function.identity()));
    }
}
