package vn.lienthong.it.reporting;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.reporting.ReportingFixture.as;
import static vn.lienthong.it.reporting.ReportingFixture.created;
import static vn.lienthong.it.reporting.ReportingFixture.ok;
import static vn.lienthong.it.reporting.ReportingFixture.okArray;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * The indicators the hub computes itself equal what the test made happen on the axis and at the
 * one-stop counter this month; a reporter confirms them by leaving them out and corrects one only
 * with a reason; its recipient closes and reopens the report, and every step is an event.
 */
class ComputedIndicatorsIT {

    @Test
    void prefilledFiguresAreTheCountsOfTheDocumentsAndDossiersTheTestCreated() {
        ReportingFixture f = ReportingFixture.province(1, 1);
        String province = f.province, district = f.district(1);
        String regime = ReportingFixture.uniqueRegimeCode("BC-CI");
        created(Hub.admin().postJson("/api/v1/admin/reporting/regimes", Regimes.monthly(regime, f)), "regime");
        String month = ReportingFixture.monthKey(ReportingFixture.currentMonthPeriod());
        String periodPath = "/api/v1/reporting/regimes/" + regime + "/periods/" + month;
        created(as(province).postJson("/api/v1/reporting/regimes/" + regime + "/periods", "{\"period\": \"" + month + "\"}"), "open");

        // On the axis: the province sends two documents to its district and one outside the province;
        // the district fetches both and registers one (status 03).
        Packages.Document first = Packages.document(province, district);
        Packages.Document second = Packages.document(province, district);
        String firstId = as(province).send(first.xml());
        String secondId = as(province).send(second.xml());
        as(province).send(Packages.document(province, "000.00.00.H41").xml());
        for (String id : new String[]{firstId, secondId}) {
            as(district).awaitInInbox(id);
            assertThat(as(district).fetch(id).status()).isEqualTo(200);
            assertThat(as(district).acknowledge(id, "done", null).status()).isEqualTo(200);
        }
        assertThat(as(district).report(first.status(district, "03", "Đã vào sổ văn bản đến")).status()).isEqualTo(201);

        // At the one-stop counter: the province receives three dossiers in person and returns one.
        String procedure = defineProcedure(province);
        String returned = null;
        for (int i = 0; i < 3; i++) {
            HubResponse intake = as(province).postJson("/api/v1/dossiers", """
                    {"procedureCode": "%s", "channel": 1, "applicant": {"name": "Nguyễn Văn Báo Cáo"}}""".formatted(procedure));
            assertThat(intake.status()).as(intake.toString()).isEqualTo(201);
            returned = intake.json().getString("code");
        }
        ok(as(province).postJson("/api/v1/dossiers/" + returned + "/complete-step", "{}"), "complete");
        ok(as(province).postJson("/api/v1/dossiers/" + returned + "/return-result", "{\"note\": \"Đã trả kết quả\"}"), "return");

        // The same traffic as axis statistics of the province and its units, totalled up the directory.
        String today = java.time.LocalDate.now(ReportingFixture.VIETNAM).toString();
        JsonObject statistics = ok(as(province).get("/api/v1/reporting/axis-statistics?from=" + today + "&to=" + today), "axis statistics");
        JsonObject total = statistics.getJsonObject("total");
        assertThat(total.getInt("units")).isEqualTo(3);
        assertThat(total.getInt("connected")).as("the province sent, the district fetched").isEqualTo(2);
        assertThat(total.getInt("sent")).isEqualTo(3);
        assertThat(total.getInt("sentExternal")).isEqualTo(1);
        assertThat(total.getInt("received")).isEqualTo(2);
        assertThat(total.getInt("registered")).isEqualTo(1);
        assertThat(statistics.getJsonObject("byLevel").getJsonObject("3").getInt("received")).as("the district, level 3").isEqualTo(2);
        assertThat(statistics.getJsonArray("agencies")).hasSize(3);
        assertThat(ok(as(district).get("/api/v1/reporting/axis-statistics?from=" + today + "&to=" + today), "district statistics")
                .getJsonObject("total").getInt("sent")).isZero();
        assertRefused(as(district).get("/api/v1/reporting/axis-statistics?from=" + today + "&to=" + today + "&agency=" + province),
                403, "NOT_YOUR_REPORT");

        Map<String, BigDecimal> provinceFigures = prefill(province, periodPath);
        assertThat(provinceFigures).containsEntry("VB01", new BigDecimal("3")).containsEntry("VB02", new BigDecimal("1"))
                .containsEntry("VB04", new BigDecimal("0")).containsEntry("VB07", new BigDecimal("1"))
                .containsEntry("HS01", new BigDecimal("3")).containsEntry("HS02", new BigDecimal("1"));
        assertThat(provinceFigures.get("VB03")).isEqualByComparingTo("0");
        assertThat(provinceFigures.get("HS03")).isEqualByComparingTo("100");
        Map<String, BigDecimal> districtFigures = prefill(district, periodPath);
        assertThat(districtFigures).containsEntry("VB01", new BigDecimal("0")).containsEntry("VB04", new BigDecimal("2"))
                .containsEntry("VB05", new BigDecimal("2")).containsEntry("VB06", new BigDecimal("1")).containsEntry("VB07", new BigDecimal("1"))
                .containsEntry("HS01", new BigDecimal("0"));
        assertRefused(as(f.commune(1, 1)).get(periodPath + "/prefill?agency=" + district), 403, "NOT_YOUR_REPORT");

        // The province confirms by leaving the computed figures out: they are kept as the hub computed them.
        JsonObject confirmed = created(as(province).postJson(periodPath + "/submissions",
                Regimes.body(Regimes.figures(3, 1, "100", 2, "1.0", 3, 0))), "the province's report").json();
        assertThat(confirmed.getJsonObject("values").getInt("VB01")).isEqualTo(3);
        assertThat(confirmed.getJsonObject("values").getInt("HS01")).isEqualTo(3);
        assertThat(confirmed.getJsonObject("corrections")).isEmpty();

        // The district changes a computed figure: refused without a reason, kept with one (and the hub's figure beside it).
        HubResponse unexplained = as(district).postJson(periodPath + "/submissions",
                Regimes.body(Regimes.figures(1, 1, "100", 0, "1.0", 1, 0) + ", \"VB04\": 5"));
        assertRefused(unexplained, 422, "REPORT_INVALID");
        assertThat(unexplained.json().getString("element")).isEqualTo("values/VB04");
        assertThat(unexplained.json().getString("detail")).contains("differs from the hub's own figure 2");
        JsonObject explained = created(as(district).postJson(periodPath + "/submissions", "{\"values\": {"
                + Regimes.figures(1, 1, "100", 0, "1.0", 1, 0) + ", \"VB04\": 5}, \"corrections\": {\"VB04\": \"03 văn bản nhận qua thư điện tử\"}}"),
                "the district's report").json();
        assertThat(explained.getJsonObject("values").getInt("VB04")).isEqualTo(5);
        JsonObject correction = explained.getJsonObject("corrections").getJsonObject("VB04");
        assertThat(correction.getJsonNumber("hubValue").intValue()).isEqualTo(2);
        assertThat(correction.getString("reason")).isEqualTo("03 văn bản nhận qua thư điện tử");

        // The province's aggregate adds the corrected figure.
        JsonObject aggregate = ok(as(province).get(periodPath + "/aggregate"), "aggregate").getJsonObject("node").getJsonObject("values");
        assertThat(aggregate.getInt("VB01")).isEqualTo(3);
        assertThat(aggregate.getInt("VB04")).isEqualTo(5);
        assertThat(aggregate.getInt("VB07")).isEqualTo(2);

        // The province closes its district's report: a resubmission waits for a reopening, with a reason.
        JsonArray closed = okArray(as(province).postJson(periodPath + "/close", ""), "close");
        assertThat(closed).singleElement().satisfies(o -> assertThat(o.asJsonObject().getString("agency")).isEqualTo(district));
        String correctionBody = "{\"values\": {" + Regimes.figures(2, 1, "100", 1, "1.0", 2, 0)
                + "}, \"reason\": \"Bổ sung\"}";
        assertRefused(as(district).postJson(periodPath + "/submissions", correctionBody), 409, "REPORTING_PERIOD_CLOSED");
        assertRefused(as(f.commune(1, 1)).postJson(periodPath + "/obligations/" + district + "/reopen", "{\"reason\": \"x\"}"),
                403, "NOT_YOUR_REPORT");
        assertRefused(as(province).postJson(periodPath + "/obligations/" + district + "/reopen", "{}"), 400, "INVALID_REQUEST");
        JsonObject reopened = ok(as(province).postJson(periodPath + "/obligations/" + district + "/reopen",
                "{\"reason\": \"Huyện đề nghị điều chỉnh số liệu\"}"), "reopen");
        assertThat(reopened.getBoolean("closed")).isFalse();
        assertThat(created(as(district).postJson(periodPath + "/submissions", correctionBody), "resubmit").json().getInt("seq")).isEqualTo(2);

        for (String kind : new String[]{"SUBMITTED", "CLOSED", "REOPENED", "CORRECTED"}) {
            JsonObject event = ReportingIT.awaitEvent(as(district), e -> e.getString("kind").equals(kind)
                    && e.getString("regime").equals(regime) && district.equals(e.getString("agency", null)));
            assertThat(event.getString("period")).isEqualTo(month);
        }
        JsonObject reopenEvent = ReportingIT.awaitEvent(as(province), e -> e.getString("kind").equals("REOPENED") && e.getString("regime").equals(regime));
        assertThat(reopenEvent.getString("detail")).isEqualTo("Huyện đề nghị điều chỉnh số liệu");
        assertThat(reopenEvent.getString("actor")).isEqualTo(province);
    }

    private static Map<String, BigDecimal> prefill(String agency, String periodPath) {
        JsonObject prefill = ok(as(agency).get(periodPath + "/prefill"), "prefill of " + agency);
        Map<String, BigDecimal> figures = new HashMap<>();
        prefill.getJsonArray("figures").getValuesAs(JsonObject.class)
                .forEach(f -> figures.put(f.getString("indicator"), f.getJsonNumber("value").bigDecimalValue().stripTrailingZeros()));
        return figures;
    }

    private static String defineProcedure(String handler) {
        String code = "T.BC" + UUID.randomUUID().toString().substring(0, 6);
        HubResponse defined = Hub.admin().postJson("/api/v1/admin/procedures", """
                {"code": "%s", "name": "Thủ tục của báo cáo thử nghiệm", "fieldCode": "TN", "fieldName": "Thử nghiệm",
                 "handlingAgencies": ["%s"], "papers": [], "fees": [],
                 "processingTime": {"amount": 5, "unit": "WORKING_DAYS"},
                 "pauseAllowed": false, "pauseEffect": "EXTEND", "extensionAllowed": false,
                 "steps": [{"name": "Giải quyết"}]}
                """.formatted(code, handler));
        assertThat(defined.status()).as("define the procedure: %s", defined).isEqualTo(201);
        return code;
    }
}
