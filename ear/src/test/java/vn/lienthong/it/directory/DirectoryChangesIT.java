package vn.lienthong.it.directory;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators reorganise the directory; client software follows every change through the
 * numbered change log and a snapshot that carries its cursor; documents sent to a merged agency
 * reach its successor and the sender is told.
 */
class DirectoryChangesIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PROVINCE = "000.00.00.H41";
    private static final String SECRET = "bí-mật-của-sở-mới-2026";

    private final AgencyClient admin = Hub.admin();
    private final AgencyClient sender = Hub.as("000.00.00.G09");

    @Test
    void theChangesSinceZeroRebuildExactlyTheSnapshotAtItsCursor() {
        JsonObject snapshot = admin.get("/api/v1/directory/snapshot").json();
        long cursor = snapshot.getJsonNumber("cursor").longValue();
        Map<String, String> expected = new HashMap<>();
        for (JsonObject a : snapshot.getJsonArray("agencies").getValuesAs(JsonObject.class)) {
            expected.put(a.getString("code"), state(a, "parentCode", "successorCode"));
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(81);

        Map<String, String> rebuilt = new HashMap<>();
        long since = 0;
        while (since < cursor) {
            JsonObject page = sender.get("/api/v1/directory/changes?limit=50&since=" + since).json();
            List<JsonObject> events = page.getJsonArray("events").getValuesAs(JsonObject.class);
            assertThat(events).as("changes up to the snapshot's cursor exist").isNotEmpty();
            for (JsonObject e : events) {
                assertThat(e.getJsonNumber("seq").longValue()).as("events come in order").isGreaterThan(since);
                if (e.getJsonNumber("seq").longValue() <= cursor) {
                    rebuilt.put(e.getString("code"), state(e, "parentCode", "successorCode"));
                }
                since = e.getJsonNumber("seq").longValue();
            }
            assertThat(page.getJsonNumber("nextCursor").longValue()).isEqualTo(since);
        }
        assertThat(rebuilt).isEqualTo(expected);
    }

    @Test
    void anAdministratorReorganisesAndClientsFollowEachChangeAndMailToTheMergedAgencyReachesItsSuccessor() {
        long start = admin.get("/api/v1/directory/snapshot").json().getJsonNumber("cursor").longValue();
        String department = freeLevel2Code();
        String successor = freeLevel2Code();
        String unit = "000.01." + department.substring(7, department.length() - 4) + ".H41";

        created(admin.postJson("/api/v1/admin/agencies", "{\"code\":\"" + department + "\",\"name\":\"Sở Khoa học và Công nghệ\","
                + "\"parentCode\":\"" + PROVINCE + "\",\"secret\":\"" + SECRET + "\"}"));
        created(admin.postJson("/api/v1/admin/agencies", "{\"code\":\"" + successor + "\",\"name\":\"Sở Công nghệ và Chuyển đổi số\","
                + "\"secret\":\"" + SECRET + "\"}"));
        ok(admin.putJson("/api/v1/admin/agencies/" + department + "/name",
                "{\"name\":\"Sở Khoa học, Công nghệ và Đổi mới sáng tạo\",\"reason\":\"Quyết định 123/QĐ-UBND\"}"));
        created(admin.postJson("/api/v1/admin/agencies", "{\"code\":\"" + unit + "\",\"name\":\"Trung tâm Thông tin\"}"));

        HubResponse blocked = admin.postJson("/api/v1/admin/agencies/" + department + "/merge", "{\"into\":\"" + successor + "\"}");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.problemCode()).isEqualTo("AGENCY_HAS_ACTIVE_CHILDREN");

        ok(admin.putJson("/api/v1/admin/agencies/" + unit + "/parent", "{\"parentCode\":\"" + successor + "\"}"));
        JsonObject merged = ok(admin.postJson("/api/v1/admin/agencies/" + department + "/merge",
                "{\"into\":\"" + successor + "\",\"reason\":\"Sáp nhập theo Nghị quyết 2026\"}"));
        assertThat(merged.getBoolean("active")).isFalse();
        assertThat(merged.getString("successorCode")).isEqualTo(successor);

        List<String> seen = new ArrayList<>();
        JsonObject page = sender.get("/api/v1/directory/changes?since=" + start).json();
        for (JsonObject e : page.getJsonArray("events").getValuesAs(JsonObject.class)) {
            if (List.of(department, successor, unit).contains(e.getString("code"))) {
                seen.add(e.getString("kind") + " " + e.getString("code"));
            }
        }
        assertThat(seen).containsExactly("ADDED " + department, "ADDED " + successor, "RENAMED " + department,
                "ADDED " + unit, "MOVED " + unit, "MERGED " + department);

        HubResponse history = sender.get("/api/v1/agencies/" + department + "/names");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text()).contains("Sở Khoa học và Công nghệ", "Sở Khoa học, Công nghệ và Đổi mới sáng tạo");
        assertThat(history.text().indexOf("Sở Khoa học và Công nghệ"))
                .as("the first name comes first").isLessThan(history.text().indexOf("Đổi mới sáng tạo"));

        // A document addressed to the merged agency reaches its successor, and the sender is told.
        HubResponse sent = sender.postXml("/api/v1/documents",
                Packages.document(sender.code(), department).xml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(sent.status()).as("send answered %s", sent).isEqualTo(201);
        JsonObject receipt = sent.json();
        assertThat(receipt.getJsonArray("recipients").getString(0)).isEqualTo(successor);
        JsonObject reroute = receipt.getJsonArray("reroutes").getJsonObject(0);
        assertThat(reroute.getString("addressed")).isEqualTo(department);
        assertThat(reroute.getString("deliveredTo")).isEqualTo(successor);
        String id = receipt.getString("documentId");
        assertThat(Hub.as(successor, SECRET).awaitInInbox(id).getString("state")).isEqualTo("DELIVERED");
        JsonObject recipient = sender.sent(id).getJsonArray("recipients").getJsonObject(0);
        assertThat(recipient.getString("code")).isEqualTo(successor);
        assertThat(recipient.getString("routedFrom")).isEqualTo(department);

        assertThat(Hub.as(department, SECRET).get("/api/v1/inbox").status()).as("a merged agency no longer signs in")
                .isEqualTo(401);
    }

    @Test
    void changesThatWouldBreakTheDirectoryAreRefusedAndChangeNothing() {
        String department = freeLevel2Code();
        created(admin.postJson("/api/v1/admin/agencies", "{\"code\":\"" + department + "\",\"name\":\"Sở Tư pháp\"}"));
        long before = admin.get("/api/v1/directory/snapshot").json().getJsonNumber("cursor").longValue();

        refused(admin.postJson("/api/v1/admin/agencies", "{\"code\":\"" + department + "\",\"name\":\"Trùng\"}"), 409, "AGENCY_EXISTS");
        refused(admin.postJson("/api/v1/admin/agencies", "{\"code\":\"000.00.999.H99\",\"name\":\"X\",\"parentCode\":\"000.00.00.H98\"}"),
                422, "INVALID_PARENT");
        refused(admin.postJson("/api/v1/admin/agencies", "{\"code\":\"12.3.H41\",\"name\":\"X\"}"), 400, "INVALID_AGENCY_CODE");
        refused(admin.postJson("/api/v1/admin/agencies", "{\"code\":\"" + freeLevel2Code() + "\",\"name\":\"  \"}"), 400,
                "INVALID_REQUEST");
        refused(admin.putJson("/api/v1/admin/agencies/" + PROVINCE + "/parent", "{\"parentCode\":\"" + department + "\"}"), 422,
                "INVALID_PARENT");
        refused(admin.postJson("/api/v1/admin/agencies/" + department + "/merge", "{\"into\":\"" + department + "\"}"), 400,
                "INVALID_REQUEST");
        refused(admin.putJson("/api/v1/admin/agencies/000.00.98.H41/name", "{\"name\":\"X\"}"), 404, "UNKNOWN_AGENCY");

        long after = admin.get("/api/v1/directory/snapshot").json().getJsonNumber("cursor").longValue();
        assertThat(after).as("no refused change was logged").isEqualTo(before);

        ok(admin.postJson("/api/v1/admin/agencies/" + department + "/deactivate", "{\"reason\":\"Giải thể\"}"));
        HubResponse toRetired = sender.postXml("/api/v1/documents",
                Packages.document(sender.code(), department).xml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        refused(toRetired, 422, "INACTIVE_RECIPIENT");
    }

    @Test
    void onlyAdministratorsChangeTheDirectory() {
        String body = "{\"code\":\"" + freeLevel2Code() + "\",\"name\":\"Sở Nội vụ\"}";
        assertThat(sender.postJson("/api/v1/admin/agencies", body).status()).isEqualTo(403);
        assertThat(Hub.signedInAs("admin", "wrong-password").postJson("/api/v1/admin/agencies", body).status()).isEqualTo(401);
        assertThat(Hub.anonymousGet("/api/v1/directory/changes").status()).isEqualTo(401);
    }

    private static String state(JsonObject o, String parentKey, String successorKey) {
        return o.getString("name") + "|" + (!o.containsKey(parentKey) || o.isNull(parentKey) ? "" : o.getString(parentKey)) + "|"
                + o.getBoolean("active") + "|" + (!o.containsKey(successorKey) || o.isNull(successorKey) ? "" : o.getString(successorKey));
    }

    /** A level-2 code under the province that no earlier run used: 000.00.NNN.H41 with NNN from 100 to 999. */
    private String freeLevel2Code() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = "000.00." + (100 + RANDOM.nextInt(900)) + ".H41";
            if (sender.get("/api/v1/agencies/" + code).status() == 404) {
                return code;
            }
        }
        throw new IllegalStateException("no free code found");
    }

    private static void created(HubResponse response) {
        assertThat(response.status()).as("answered %s", response).isEqualTo(201);
    }

    private static JsonObject ok(HubResponse response) {
        assertThat(response.status()).as("answered %s", response).isEqualTo(200);
        return response.json();
    }

    private static void refused(HubResponse response, int status, String code) {
        assertThat(response.status()).as("answered %s", response).isEqualTo(status);
        assertThat(response.problemCode()).isEqualTo(code);
    }
}
