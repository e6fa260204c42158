package vn.lienthong.it.audit;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.TestAgencies;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every administrative action is written to the audit log (who, when, what, on which target, the
 * target's state before and after) in the action's own transaction, and administrators export it
 * from GET /api/v1/admin/audit as JSON or CSV. Agencies and anonymous callers get nothing.
 */
class AuditLogIT {

    private static final String SECRET = "secret-of-the-audited-agency";

    @Test
    void aRenameIsRecordedWithTheNameBeforeAndAfter() {
        String code = TestAgencies.create(SECRET).code();

        HubResponse renamed = Hub.admin().putJson("/api/v1/admin/agencies/" + code + "/name",
                "{\"name\":\"Tên mới sau kiểm toán\",\"reason\":\"AuditLogIT\"}");
        assertThat(renamed.status()).as("%s", renamed).isEqualTo(200);

        List<JsonObject> entries = entries("?target=" + code);
        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("directory.rename", "directory.add");
        JsonObject rename = entries.get(0);
        assertThat(rename.getString("actor")).isEqualTo(Hub.ADMIN_USER);
        assertThat(rename.getString("at")).endsWith("+07:00");
        assertThat(rename.getJsonObject("before").getString("name")).isEqualTo("Đơn vị thử nghiệm " + code);
        assertThat(rename.getJsonObject("after").getString("name")).isEqualTo("Tên mới sau kiểm toán");
        assertThat(entries.get(1).isNull("before")).as("nothing before an agency is added").isTrue();
    }

    @Test
    void aMergeRecordsTheAgencyRetiredIntoItsSuccessor() {
        String merged = TestAgencies.create(SECRET).code();
        String successor = TestAgencies.create(SECRET).code();

        assertThat(Hub.admin().postJson("/api/v1/admin/agencies/" + merged + "/merge",
                "{\"into\":\"" + successor + "\",\"reason\":\"AuditLogIT\"}").status()).isEqualTo(200);

        JsonObject merge = entries("?action=directory.merge&target=" + merged).get(0);
        assertThat(merge.getJsonObject("before").getBoolean("active")).isTrue();
        assertThat(merge.getJsonObject("after").getBoolean("active")).isFalse();
        assertThat(merge.getJsonObject("after").toString()).contains(successor);
    }

    @Test
    void aSecretChangeIsRecordedWithoutTheSecret() {
        String code = TestAgencies.create(SECRET).code();

        HubResponse set = Hub.admin().putJson("/api/v1/admin/agencies/" + code + "/secret", "{}");
        assertThat(set.status()).as("%s", set).isEqualTo(200);
        String generated = set.json().getString("secret");

        JsonObject entry = entries("?action=directory.secret-set&target=" + code).get(0);
        assertThat(entry.getJsonObject("after").getString("chosenBy")).isEqualTo("generated");
        assertThat(entry.toString()).doesNotContain(generated).doesNotContain(SECRET);
    }

    @Test
    void anAlertRuleChangeIsRecordedWithItsThresholdBeforeAndAfter() {
        String rule = "/api/v1/admin/alerts/rules/portal-sync-backlog";
        long threshold = Hub.admin().get(rule).json().getJsonNumber("threshold").longValue();
        try {
            HubResponse changed = Hub.admin().putJson(rule, "{\"threshold\":" + (threshold + 7) + "}");
            assertThat(changed.status()).as("%s", changed).isEqualTo(200);

            JsonObject entry = entries("?action=alert.rule-change&target=portal-sync-backlog").get(0);
            assertThat(entry.getString("actor")).isEqualTo(Hub.ADMIN_USER);
            assertThat(entry.getJsonObject("before").getJsonNumber("threshold").longValue()).isEqualTo(threshold);
            assertThat(entry.getJsonObject("after").getJsonNumber("threshold").longValue()).isEqualTo(threshold + 7);
        } finally {
            Hub.admin().putJson(rule, "{\"threshold\":" + threshold + "}");
        }
    }

    @Test
    void theExportIsCsvWhenAskedWithAHeaderLineAndOneLinePerEntry() {
        String code = TestAgencies.create(SECRET).code();
        Hub.admin().putJson("/api/v1/admin/agencies/" + code + "/name", "{\"name\":\"Tên, có dấu phẩy\"}");

        HubResponse csv = Hub.send(HttpRequest.newBuilder(java.net.URI.create(Hub.BASE_URL + "/api/v1/admin/audit?target=" + code))
                .header("Authorization", basicAdmin()).header("Accept", "text/csv").GET());

        assertThat(csv.status()).as("%s", csv).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,at,actor,action,target,before,after");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains(",admin,directory.rename," + code + ",").contains("\"\"Tên, có dấu phẩy\"\"");
    }

    @Test
    void filtersByPeriodAndActorAndRefusesAMalformedOne() {
        String code = TestAgencies.create(SECRET).code();

        assertThat(entries("?target=" + code + "&actor=" + Hub.ADMIN_USER + "&from=2020-01-01")).hasSize(1);
        assertThat(entries("?target=" + code + "&actor=someone-else")).isEmpty();
        assertThat(entries("?target=" + code + "&to=2020-01-01")).isEmpty();
        HubResponse bad = Hub.admin().get("/api/v1/admin/audit?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("detail")).contains("from");
    }

    @Test
    void agenciesAndAnonymousCallersGetNothing() {
        AgencyClient agency = Hub.as("000.00.00.G22");

        assertThat(agency.get("/api/v1/admin/audit").status()).isEqualTo(403);
        assertThat(Hub.anonymous().get("/api/v1/admin/audit").status()).isIn(401, 403);
        assertThat(Hub.signedInAs("clerk", "clerk-is-no-administrator").get("/api/v1/admin/audit").status()).isEqualTo(403);
    }

    private static List<JsonObject> entries(String query) {
        HubResponse page = Hub.admin().get("/api/v1/admin/audit" + query);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String basicAdmin() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((Hub.ADMIN_USER + ":" + Hub.ADMIN_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
