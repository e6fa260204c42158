package vn.lienthong.it.procedure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.procedure.Procedures.FINANCE;
import static vn.lienthong.it.procedure.Procedures.LAND_OFFICE;
import static vn.lienthong.it.procedure.Procedures.actOk;
import static vn.lienthong.it.procedure.Procedures.intake;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * The one-stop counts over REST, for dossiers driven through the dossier API to known outcomes
 * today. Outcomes that need days to pass (late, on time, overdue, carried over, figures of a past
 * period) are in {@code DossierStatisticsTimeIT}, which moves dossiers back in time inside the
 * container.
 */
class DossierStatisticsIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Two steps of the land office, 2 working days, pausing allowed: a procedure of this test alone. */
    private final String procedure = defineProcedure();

    /** Around today, so that a run across midnight in Vietnam still counts every dossier. */
    private final String period = "from=" + LocalDate.now(VIETNAM).minusDays(1) + "&to=" + LocalDate.now(VIETNAM).plusDays(1);

    @Test
    void countsEveryOutcomeOfTheDossiersReceivedInThePeriod() {
        String early = intake(LAND_OFFICE, procedure, 1).getString("code");
        actOk(LAND_OFFICE, early, "complete-step", "{}");
        actOk(LAND_OFFICE, early, "complete-step", "{}");
        assertThat(actOk(LAND_OFFICE, early, "return-result", "{\"note\": \"Đã trả\"}").getString("timeliness")).isEqualTo("EARLY");

        intake(LAND_OFFICE, procedure, 1); // still in progress, due in two working days

        String withdrawn = intake(LAND_OFFICE, procedure, 2).getString("code");
        actOk(LAND_OFFICE, withdrawn, "accept", "{}");
        actOk(LAND_OFFICE, withdrawn, "withdraw", "{\"reason\": \"Công dân rút hồ sơ\"}");

        String supplement = intake(LAND_OFFICE, procedure, 3).getString("code");
        actOk(LAND_OFFICE, supplement, "request-supplement", "{\"reason\": \"Thiếu bản sao\"}");

        String payment = intake(LAND_OFFICE, procedure, 1).getString("code");
        actOk(LAND_OFFICE, payment, "complete-step", "{}");
        actOk(LAND_OFFICE, payment, "request-payment", "{\"reason\": \"Nộp lệ phí\"}");

        String stopped = intake(LAND_OFFICE, procedure, 1).getString("code");
        actOk(LAND_OFFICE, stopped, "stop", "{\"reason\": \"Dừng theo yêu cầu của cơ quan có thẩm quyền\"}");

        String refused = intake(LAND_OFFICE, procedure, 2).getString("code");
        actOk(LAND_OFFICE, refused, "accept", "{}");
        actOk(LAND_OFFICE, refused, "refuse", "{\"reason\": \"Hồ sơ không thuộc thẩm quyền\"}");

        // Online submissions never accepted were never received: they are not in the report.
        intake(LAND_OFFICE, procedure, 2);
        String refusedAtIntake = intake(LAND_OFFICE, procedure, 2).getString("code");
        actOk(LAND_OFFICE, refusedAtIntake, "refuse", "{\"reason\": \"Sai thủ tục\"}");

        JsonObject report = ok(Hub.as(LAND_OFFICE).get("/api/v1/statistics/dossiers?" + period + "&procedure=" + procedure));
        assertThat(report.getString("groupBy")).isEqualTo("agency");
        assertThat(report.getJsonArray("rows")).hasSize(1);
        JsonObject row = report.getJsonArray("rows").getJsonObject(0);
        assertThat(row.getString("agency")).isEqualTo(LAND_OFFICE);
        JsonObject counts = row.getJsonObject("counts");
        assertThat(counts.getInt("carriedOver")).isZero();
        assertThat(counts.getJsonObject("received")).isEqualTo(json("{\"inPerson\":4,\"online\":2,\"postal\":1,\"total\":7}"));
        assertThat(counts.getJsonObject("resolved")).isEqualTo(json("{\"early\":1,\"late\":0,\"onTime\":0,\"total\":1}"));
        assertThat(counts.getJsonObject("inProgress")).isEqualTo(json("{\"overdue\":0,\"total\":1,\"withinDeadline\":1}"));
        assertThat(counts.getJsonObject("paused")).isEqualTo(json("{\"payment\":1,\"stopped\":1,\"supplement\":1}"));
        assertThat(counts.getInt("refused")).isEqualTo(1);
        assertThat(counts.getInt("withdrawn")).isEqualTo(1);
        assertThat(counts.getJsonNumber("onTimeRate").bigDecimalValue()).isEqualByComparingTo("100");
        assertThat(report.getJsonObject("total")).isEqualTo(counts);

        // The administrator reads the same figures, here one row per procedure.
        JsonObject byProcedure = ok(Hub.admin().get("/api/v1/statistics/dossiers?" + period + "&procedure=" + procedure
                + "&groupBy=procedure"));
        assertThat(byProcedure.getJsonArray("rows")).hasSize(1);
        assertThat(byProcedure.getJsonArray("rows").getJsonObject(0).getString("procedure")).isEqualTo(procedure);
        assertThat(byProcedure.getJsonArray("rows").getJsonObject(0).getJsonObject("counts")).isEqualTo(counts);
    }

    @Test
    void anAgencyReadsOnlyItsOwnFiguresAndAnAdministratorAnyAgencys() {
        String code = intake(LAND_OFFICE, procedure, 1).getString("code");
        assertThat(code).isNotBlank();

        assertRefused(Hub.as(FINANCE).get("/api/v1/statistics/dossiers?" + period + "&agency=" + LAND_OFFICE),
                403, "NOT_YOUR_STATISTICS");
        // Without naming an agency, an agency gets its own figures: none for this procedure.
        JsonObject own = ok(Hub.as(FINANCE).get("/api/v1/statistics/dossiers?" + period + "&procedure=" + procedure));
        assertThat(own.getJsonArray("rows")).isEmpty();
        assertThat(own.getJsonObject("total").getJsonObject("received").getInt("total")).isZero();
        assertThat(own.getJsonObject("total").getJsonNumber("onTimeRate").bigDecimalValue()).isEqualByComparingTo("100");

        JsonObject admin = ok(Hub.admin().get("/api/v1/statistics/dossiers?" + period + "&agency=" + LAND_OFFICE
                + "&procedure=" + procedure));
        assertThat(admin.getJsonObject("total").getJsonObject("received").getInt("inPerson")).isEqualTo(1);
        assertThat(Hub.anonymous().get("/api/v1/statistics/dossiers?" + period).status()).isEqualTo(401);
    }

    @Test
    void badParametersAreAnsweredWithProblemDocuments() {
        String base = "/api/v1/statistics/dossiers";
        assertRefused(Hub.admin().get(base), 400, "INVALID_PERIOD");
        assertRefused(Hub.admin().get(base + "?period=2026-Q5"), 400, "INVALID_PERIOD");
        assertRefused(Hub.admin().get(base + "?period=2026-07&from=2026-07-01&to=2026-07-31"), 400, "INVALID_PERIOD");
        assertRefused(Hub.admin().get(base + "?from=2026-07-31&to=2026-07-01"), 400, "INVALID_PERIOD");
        assertRefused(Hub.admin().get(base + "?from=2026-07-01"), 400, "INVALID_PERIOD");
        String future = LocalDate.now(VIETNAM).plusYears(1).getYear() + "";
        assertRefused(Hub.admin().get(base + "?period=" + future), 400, "INVALID_PERIOD");
        assertRefused(Hub.admin().get(base + "?" + period + "&groupBy=month"), 400, "INVALID_REQUEST");
        assertRefused(Hub.admin().get(base + "?" + period + "&agency=H20"), 400, "INVALID_AGENCY_CODE");
        assertRefused(Hub.admin().get(base + "?" + period + "&procedure=NO.SUCH"), 404, "UNKNOWN_PROCEDURE");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonObject ok(HubResponse response) {
        assertThat(response.status()).as("statistics %s", response).isEqualTo(200);
        return response.json();
    }

    private static String defineProcedure() {
        String code = Procedures.uniqueCode();
        HubResponse created = Hub.admin().postJson("/api/v1/admin/procedures", """
                {"code": "%s", "name": "Thủ tục thử nghiệm thống kê", "fieldCode": "TK", "fieldName": "Thống kê",
                 "handlingAgencies": ["%s"],
                 "papers": [{"name": "Đơn đề nghị", "originals": 1, "copies": 0}],
                 "fees": [{"description": "Lệ phí", "amountVnd": 50000}],
                 "processingTime": {"amount": 2, "unit": "WORKING_DAYS"},
                 "pauseAllowed": true, "pauseEffect": "EXTEND", "extensionAllowed": true,
                 "steps": [{"name": "Thụ lý"}, {"name": "Phê duyệt"}]}
                """.formatted(code, LAND_OFFICE));
        assertThat(created.status()).as("define %s", created).isEqualTo(201);
        return code;
    }
}
