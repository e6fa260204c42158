package vn.lienthong.it.procedure;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.procedure.Procedures.FINANCE;
import static vn.lienthong.it.procedure.Procedures.LAND_OFFICE;
import static vn.lienthong.it.procedure.Procedures.act;
import static vn.lienthong.it.procedure.Procedures.actOk;
import static vn.lienthong.it.procedure.Procedures.intake;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/** A dossier from intake to result, every transition checked and logged. */
class DossierLifecycleIT {


    private final String procedure = Procedures.defineLandProcedure(LAND_OFFICE);

    @Test
    void counterIntakeIsReceivedAtOnceWithItsCodeAndDueDate() {
        JsonObject dossier = intake(LAND_OFFICE, procedure, 1);

        assertThat(dossier.getString("code")).matches("000\\.00\\.10\\.H20-\\d{6}-\\d{4}");
        assertThat(dossier.getString("state")).isEqualTo("RECEIVED");
        assertThat(dossier.getInt("nationalStatus")).isEqualTo(2);
        assertThat(OffsetDateTime.parse(dossier.getString("dueAt")))
                .isAfter(OffsetDateTime.parse(dossier.getString("receivedAt")).plusDays(4));
        assertThat(dossier.getString("currentStepOwner")).isEqualTo(LAND_OFFICE);
        JsonObject paper = dossier.getJsonArray("papers").getJsonObject(0);
        assertThat(paper.getString("sha256")).hasSize(64);
        assertThat(paper.getJsonNumber("sizeBytes").longValue()).isEqualTo(18);
    }

    @Test
    void processingAcrossTwoAgenciesWithSupplementExtensionAndResult() {
        String code = intake(LAND_OFFICE, procedure, 1).getString("code");

        JsonObject handedOver = actOk(LAND_OFFICE, code, "complete-step", "{\"officer\": \"Nguyễn Văn An\"}");
        assertThat(handedOver.getString("state")).isEqualTo("INTEROPERATING");
        assertThat(handedOver.getInt("nationalStatus")).isEqualTo(4);
        assertThat(handedOver.getString("currentStepOwner")).isEqualTo(FINANCE);
        // The finance step is not the land office's to complete.
        assertRefused(act(LAND_OFFICE, code, "complete-step", "{}"), 409, "ILLEGAL_TRANSITION");
        // ...but the finance department can see the dossier it works on.
        assertThat(Hub.as(FINANCE).get("/api/v1/dossiers/" + code).status()).isEqualTo(200);

        JsonObject back = actOk(FINANCE, code, "complete-step", "{\"officer\": \"Lê Thị Cúc\"}");
        assertThat(back.getString("state")).isEqualTo("PROCESSING");
        assertThat(back.getString("currentStepOwner")).isEqualTo(LAND_OFFICE);

        OffsetDateTime dueBeforePause = OffsetDateTime.parse(back.getString("dueAt"));
        JsonObject paused = actOk(LAND_OFFICE, code, "request-supplement",
                "{\"reason\": \"Thiếu bản sao sổ hộ khẩu\"}");
        assertThat(paused.getString("state")).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(paused.getInt("nationalStatus")).isEqualTo(5);
        assertThat(paused.getString("pausedSince")).isNotNull();
        assertRefused(act(LAND_OFFICE, code, "complete-step", "{}"), 409, "ILLEGAL_TRANSITION");
        assertRefused(act(LAND_OFFICE, code, "return-result", "{}"), 409, "ILLEGAL_TRANSITION");

        JsonObject resumed = actOk(LAND_OFFICE, code, "resubmit", "{}");
        assertThat(resumed.getString("state")).isEqualTo("PROCESSING");
        assertThat(absent(resumed, "pausedSince")).isTrue();
        assertThat(OffsetDateTime.parse(resumed.getString("dueAt"))).isAfterOrEqualTo(dueBeforePause);
        JsonObject pause = resumed.getJsonArray("intervals").getJsonObject(0);
        assertThat(pause.getString("kind")).isEqualTo("SUPPLEMENT");
        assertThat(pause.getString("endedAt")).isNotNull();

        OffsetDateTime dueBeforeExtension = OffsetDateTime.parse(resumed.getString("dueAt"));
        assertRefused(act(LAND_OFFICE, code, "extend", "{\"reason\": \"Cần xác minh thực địa\", \"units\": 2}"),
                400, "INVALID_REQUEST");
        JsonObject extended = actOk(LAND_OFFICE, code, "extend",
                "{\"reason\": \"Cần xác minh thực địa\", \"apology\": \"Kính gửi bà Bình, ...\", \"units\": 2}");
        assertThat(extended.getInt("extensionUnits")).isEqualTo(2);
        assertThat(OffsetDateTime.parse(extended.getString("dueAt"))).isAfter(dueBeforeExtension.plusDays(1));

        JsonObject finished = actOk(LAND_OFFICE, code, "complete-step", "{}");
        assertThat(finished.getString("state")).isEqualTo("FINISHED");
        assertThat(finished.getInt("nationalStatus")).isEqualTo(9);

        JsonObject returned = actOk(LAND_OFFICE, code, "return-result", "{\"note\": \"Đã trao giấy chứng nhận\"}");
        assertThat(returned.getString("state")).isEqualTo("RETURNED");
        assertThat(returned.getInt("nationalStatus")).isEqualTo(10);
        assertThat(returned.getString("timeliness")).isEqualTo("EARLY");
        assertRefused(act(LAND_OFFICE, code, "withdraw", "{\"reason\": \"muộn\"}"), 409, "ILLEGAL_TRANSITION");

        List<JsonObject> log = logOf(code);
        assertThat(log).extracting(e -> e.getString("action")).containsExactly(
                "intake", "complete-step", "complete-step", "request-supplement", "resubmit", "extend",
                "complete-step", "return-result");
        assertThat(log.get(1).getString("actor")).isEqualTo("Nguyễn Văn An");
        assertThat(log.get(2).getString("actorAgency")).isEqualTo(FINANCE);
        assertThat(log.get(3).getString("reason")).isEqualTo("Thiếu bản sao sổ hộ khẩu");
        assertThat(log.get(3).getString("toState")).isEqualTo("SUPPLEMENT_REQUESTED");
    }

    @Test
    void noResultBeforeProcessingAndARefusedActionChangesNothing() {
        String code = intake(LAND_OFFICE, procedure, 1).getString("code");

        HubResponse refused = act(LAND_OFFICE, code, "return-result", "{}");

        assertRefused(refused, 409, "ILLEGAL_TRANSITION");
        assertThat(refused.json().getString("title_vi")).isNotBlank();
        assertThat(Hub.as(LAND_OFFICE).get("/api/v1/dossiers/" + code).json().getString("state")).isEqualTo("RECEIVED");
        assertThat(logOf(code)).hasSize(1);
    }

    @Test
    void refusalAtIntakeNeedsAReasonAndClosesTheDossier() {
        String code = intake(LAND_OFFICE, procedure, 1).getString("code");

        HubResponse withoutReason = act(LAND_OFFICE, code, "refuse", "{}");
        assertRefused(withoutReason, 400, "INVALID_REQUEST");
        assertThat(withoutReason.json().getString("element")).isEqualTo("reason");

        JsonObject refused = actOk(LAND_OFFICE, code, "refuse", "{\"reason\": \"Hồ sơ không thuộc thẩm quyền\"}");
        assertThat(refused.getString("state")).isEqualTo("REFUSED");
        assertThat(refused.getInt("nationalStatus")).isEqualTo(3);
        assertRefused(act(LAND_OFFICE, code, "complete-step", "{}"), 409, "ILLEGAL_TRANSITION");
    }

    @Test
    void onlineDossierWaitsForAcceptanceBeforeTheClockRuns() {
        JsonObject registered = intake(LAND_OFFICE, procedure, 2);
        assertThat(registered.getString("state")).isEqualTo("REGISTERED");
        assertThat(registered.getInt("nationalStatus")).isEqualTo(1);
        assertThat(absent(registered, "dueAt")).isTrue();
        assertRefused(act(LAND_OFFICE, registered.getString("code"), "complete-step", "{}"), 409, "ILLEGAL_TRANSITION");

        JsonObject accepted = actOk(LAND_OFFICE, registered.getString("code"), "accept", "{}");
        assertThat(accepted.getString("state")).isEqualTo("RECEIVED");
        assertThat(accepted.getString("dueAt")).isNotNull();
    }

    @Test
    void anAgencyOutsideTheDossierNeitherSeesNorTouchesIt() {
        String code = intake(LAND_OFFICE, procedure, 1).getString("code");

        assertRefused(Hub.as("000.00.14.H20").get("/api/v1/dossiers/" + code), 403, "NOT_YOUR_DOSSIER");
        assertRefused(act("000.00.14.H20", code, "stop", "{\"reason\": \"x\"}"), 403, "NOT_YOUR_DOSSIER");
    }

    @Test
    void intakeRefusesUnknownOrForeignProcedures() {
        assertRefused(Hub.as(LAND_OFFICE).postJson("/api/v1/dossiers", Procedures.intakeJson("T.none", 1)),
                404, "UNKNOWN_PROCEDURE");
        assertRefused(Hub.as("000.00.14.H20").postJson("/api/v1/dossiers", Procedures.intakeJson(procedure, 1)),
                422, "NOT_HANDLED_HERE");
        assertRefused(Hub.as(LAND_OFFICE).postJson("/api/v1/dossiers",
                Procedures.intakeJson(procedure, 1).replace("\"name\": \"Trần Thị Bình\", ", "")), 400, "INVALID_REQUEST");
    }

    @Test
    void citizenLooksUpADossierByCodeAndTheKeyOnTheReceiptAndSeesNoPersonalData() {
        JsonObject taken = intake(LAND_OFFICE, procedure, 1);
        String code = taken.getString("code");
        String key = taken.getString("lookupKey");
        assertThat(key).as("the intake answer gives the key to print on the receipt").matches("[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(Hub.as(LAND_OFFICE).get("/api/v1/dossiers/" + code).json().getString("lookupKey"))
                .as("the agency can print the receipt again").isEqualTo(key);

        HubResponse lookup = Hub.anonymousGet("/api/v1/lookup/dossiers/" + code + "?key=" + key);

        assertThat(lookup.status()).as("%s", lookup).isEqualTo(200);
        JsonObject view = lookup.json();
        assertThat(view.getInt("nationalStatus")).isEqualTo(2);
        assertThat(view.getString("agencyName")).isEqualTo("Sở Tài nguyên và Môi trường tỉnh Đồng Tháp");
        assertThat(lookup.text()).doesNotContain("Trần Thị Bình").doesNotContain("087190001234").doesNotContain("0912345678")
                .doesNotContain(key);
        String typed = key.substring(0, 4).toLowerCase(java.util.Locale.ROOT) + "-" + key.substring(4);
        assertThat(Hub.anonymousGet("/api/v1/lookup/dossiers/" + code + "?key=" + typed).status())
                .as("typed as people type it").isEqualTo(200);
    }

    /**
     * Codes are sequential per unit and day, so anyone can write down the neighbours of their own
     * code: without the key printed on that dossier's receipt they learn nothing about them, not
     * even whether they exist.
     */
    @Test
    void theNeighboursOfOnesOwnDossierCannotBeLookedUpByTheirCodesAlone() {
        JsonObject mine = intake(LAND_OFFICE, procedure, 1);
        JsonObject neighbour = intake(LAND_OFFICE, procedure, 1);
        String code = neighbour.getString("code");

        assertRefused(Hub.anonymousGet("/api/v1/lookup/dossiers/" + code), 400, "INVALID_REQUEST");
        HubResponse wrongKey = Hub.anonymousGet("/api/v1/lookup/dossiers/" + code + "?key=" + mine.getString("lookupKey"));
        HubResponse unknown = Hub.anonymousGet("/api/v1/lookup/dossiers/000.00.10.H20-000101-9999?key="
                + mine.getString("lookupKey"));
        assertRefused(wrongKey, 404, "UNKNOWN_DOSSIER");
        assertRefused(unknown, 404, "UNKNOWN_DOSSIER");
        assertThat(wrongKey.json().getString("detail").replace(code, "?"))
                .as("a wrong key reads as an unknown code").isEqualTo(unknown.json().getString("detail")
                        .replace("000.00.10.H20-000101-9999", "?"));
    }

    @Test
    void concurrentIntakesOfOneUnitGetDistinctConsecutiveNumbers() throws Exception {
        String unit = "000.00.04.H20";
        String own = Procedures.defineLandProcedure(unit);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> intakes = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                intakes.add(() -> intake(unit, own, 1).getString("code"));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<String> code : pool.invokeAll(intakes)) {
                String value = code.get();
                numbers.add(Integer.parseInt(value.substring(value.lastIndexOf('-') + 1)));
            }
            numbers.sort(null);
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(numbers.size() - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static List<JsonObject> logOf(String code) {
        HubResponse response = Hub.as(LAND_OFFICE).get("/api/v1/dossiers/" + code + "/log");
        assertThat(response.status()).isEqualTo(200);
        return jakarta.json.Json.createReader(new java.io.StringReader(response.text())).readArray()
                .stream().map(JsonValue::asJsonObject).toList();
    }
}
