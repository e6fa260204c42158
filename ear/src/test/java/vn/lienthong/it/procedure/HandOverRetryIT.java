package vn.lienthong.it.procedure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.procedure.Procedures.FINANCE;
import static vn.lienthong.it.procedure.Procedures.LAND_OFFICE;
import static vn.lienthong.it.procedure.Procedures.actOk;
import static vn.lienthong.it.procedure.Procedures.intake;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * A hand-over the axis refuses after the dossier committed is not lost: it is retried with backoff,
 * listed for administrators once its attempts are used up, and delivered when they re-drive it after
 * removing the cause. The refusal is a real one: the department owning the step was dissolved
 * (retired in the directory without a successor), so the axis refuses the document as addressed to
 * an inactive recipient; the administrator gives the step to the finance department and re-drives.
 */
class HandOverRetryIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PROVINCE = "000.00.00.H20";

    @Test
    void aRefusedHandOverIsRetriedListedAndDeliveredOnceAnAdministratorRemovesTheCauseAndReDrivesIt() {
        String dissolved = freeDepartmentCode();
        assertThat(Hub.admin().postJson("/api/v1/admin/agencies", "{\"code\": \"" + dissolved
                + "\", \"name\": \"Ban Quản lý dự án (thử nghiệm)\", \"parentCode\": \"" + PROVINCE + "\"}").status()).isEqualTo(201);
        String procedure = Procedures.uniqueCode();
        HubResponse defined = Hub.admin().postJson("/api/v1/admin/procedures",
                Procedures.landProcedureJson(procedure, LAND_OFFICE, dissolved));
        assertThat(defined.status()).as("%s", defined).isEqualTo(201);
        assertThat(Hub.admin().postJson("/api/v1/admin/agencies/" + dissolved + "/deactivate",
                "{\"reason\": \"Giải thể\"}").status()).isEqualTo(200);

        String code = intake(LAND_OFFICE, procedure, 1).getString("code");
        assertThat(actOk(LAND_OFFICE, code, "complete-step", "{}").getString("state")).isEqualTo("INTEROPERATING");

        // Backoff 300 ms … 2.4 s in the tests: five attempts, then FAILED.
        List<JsonObject> rows = awaitHandOvers(code, r -> r.size() == 1 && r.get(0).getString("state").equals("FAILED"));
        assertThat(rows.get(0).getInt("attempts")).isEqualTo(5);
        assertThat(rows.get(0).getInt("step")).isEqualTo(2);
        assertThat(rows.get(0).getString("owner")).isEqualTo(dissolved);
        assertThat(rows.get(0).getString("lastError")).contains("INACTIVE_RECIPIENT");
        assertThat(array(Hub.admin().get("/api/v1/admin/handovers/failures?limit=500").text()))
                .anyMatch(f -> f.getString("dossierCode").equals(code) && f.getInt("step") == 2);
        // The same failure in the one administration of every queue.
        assertThat(array(Hub.admin().get("/api/v1/admin/queues/handover/items?key=" + code).text()))
                .singleElement().satisfies(item -> {
                    assertThat(item.getInt("seq")).isEqualTo(2);
                    assertThat(item.getString("state")).isEqualTo("FAILED");
                    assertThat(item.getInt("attempts")).isEqualTo(5);
                    assertThat(item.getString("lastError")).contains("INACTIVE_RECIPIENT");
                });
        assertThat(Hub.as(LAND_OFFICE).get("/api/v1/dossiers/" + code).json().getString("state")).isEqualTo("INTEROPERATING");

        // The administrator gives the step to the finance department, then re-drives the hand-over.
        HubResponse redefined = Hub.admin().putJson("/api/v1/admin/procedures/" + procedure,
                Procedures.landProcedureJson(procedure, LAND_OFFICE, FINANCE));
        assertThat(redefined.status()).as("%s", redefined).isEqualTo(200);
        assertThat(Hub.as(LAND_OFFICE).postJson("/api/v1/admin/handovers/failures/" + code + "/2/retry", "").status())
                .as("agencies may not re-drive").isIn(401, 403);
        HubResponse retried = Hub.admin().postJson("/api/v1/admin/handovers/failures/" + code + "/2/retry", "");
        assertThat(retried.status()).as("%s", retried).isEqualTo(200);
        assertThat(retried.json().getString("state")).isEqualTo("PENDING");

        awaitHandOvers(code, r -> r.size() == 1 && r.get(0).getString("state").equals("SENT"));
        JsonObject item = InterAgencyStepIT.awaitHandOver(code);
        HubResponse completed = Hub.as(FINANCE).report(InterAgencyStepIT.status(item, "06", "Đã xác định nghĩa vụ tài chính"));
        assertThat(completed.status()).as("%s", completed).isEqualTo(201);
        awaitState(code, "PROCESSING");

        assertRefused(Hub.admin().postJson("/api/v1/admin/handovers/failures/" + code + "/2/retry", ""), 409, "HANDOVER_NOT_FAILED");
        assertRefused(Hub.admin().postJson("/api/v1/admin/handovers/failures/" + code + "/9/retry", ""), 404, "UNKNOWN_HANDOVER");
    }

    private static String freeDepartmentCode() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = "000.00." + (100 + RANDOM.nextInt(900)) + ".H20";
            if (Hub.admin().get("/api/v1/agencies/" + code).status() == 404) {
                return code;
            }
        }
        throw new IllegalStateException("no free agency code found");
    }

    private static List<JsonObject> awaitHandOvers(String code, Predicate<List<JsonObject>> done) {
        Instant deadline = Instant.now().plusSeconds(60);
        List<JsonObject> rows = List.of();
        while (Instant.now().isBefore(deadline)) {
            HubResponse response = Hub.admin().get("/api/v1/admin/handovers/dossiers/" + code);
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            rows = array(response.text());
            if (done.test(rows)) {
                return rows;
            }
            pause();
        }
        throw new AssertionError("The hand-overs of " + code + " did not settle: " + rows);
    }

    private static void awaitState(String code, String state) {
        Instant deadline = Instant.now().plusSeconds(30);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Hub.as(LAND_OFFICE).get("/api/v1/dossiers/" + code).json().getString("state");
            if (state.equals(last)) {
                return;
            }
            pause();
        }
        throw new AssertionError("Dossier " + code + " did not become " + state + " but stayed " + last);
    }

    private static List<JsonObject> array(String text) {
        return Json.createReader(new StringReader(text)).readArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
