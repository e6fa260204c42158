package vn.lienthong.it.reporting;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.YearMonth;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.reporting.ReportingFixture.as;
import static vn.lienthong.it.reporting.ReportingFixture.created;
import static vn.lienthong.it.reporting.ReportingFixture.ok;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * Regimes over their life: defined from an XLSX or JSON template, versioned from a period on,
 * exchanged with another reporting system (a province's aggregate travels up as QCVN 125 report
 * data), and series that continue across a merger of reporters.
 */
class RegimeLifecycleIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static HubResponse send(String path, String type, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(Hub.BASE_URL + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((Hub.ADMIN_USER + ":" + Hub.ADMIN_PASSWORD).getBytes()))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return new HubResponse(response.statusCode(), response.headers(), response.body());
    }

    @Test
    void aRegimeComesFromAnXlsxTemplateAndANewVersionAppliesFromItsPeriodOn() throws Exception {
        ReportingFixture f = ReportingFixture.province(1, 1);
        String first = ReportingFixture.uniqueRegimeCode("BC-TP");
        created(Hub.admin().postJson("/api/v1/admin/reporting/regimes", Regimes.monthly(first, f)), "the first regime");

        // Its template, filled in again as a new regime: another code, one more indicator line.
        HubResponse template = as(f.district(1)).get("/api/v1/reporting/regimes/" + first + "/template.xlsx");
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        String second = ReportingFixture.uniqueRegimeCode("BC-TP");
        byte[] edited;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.body())); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheet("Chế độ báo cáo").getRow(0).getCell(1).setCellValue(second);
            Sheet indicators = book.getSheet("Chỉ tiêu");
            Row extra = indicators.createRow(indicators.getLastRowNum() + 1);
            extra.createCell(0).setCellValue("CT09");
            extra.createCell(1).setCellValue("Số cán bộ một cửa");
            extra.createCell(3).setCellValue("người");
            extra.createCell(4).setCellValue("INTEGER");
            extra.createCell(5).setCellValue("LATEST");
            book.write(out);
            edited = out.toByteArray();
        }
        HubResponse imported = send("/api/v1/admin/reporting/regimes/import", XLSX, edited);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonObject definition = imported.json().getJsonObject("definition");
        assertThat(definition.getString("code")).isEqualTo(second);
        assertThat(definition.getJsonArray("indicators")).hasSize(18);
        assertRefused(send("/api/v1/admin/reporting/regimes/import", XLSX, "not a workbook".getBytes()), 422, "INVALID_REGIME");
        assertThat(as(f.province).postJson("/api/v1/admin/reporting/regimes/import", "{}").status()).as("agencies do not import regimes")
                .isEqualTo(403);

        // Version 2 from next month on drops CT09 again; this month keeps version 1.
        String thisMonth = ReportingFixture.monthKey(ReportingFixture.currentMonthPeriod());
        String nextMonth = ReportingFixture.monthKey(ReportingFixture.currentMonthPeriod().plusMonths(1));
        String version2 = Regimes.monthly(second, f).replaceFirst("\\{", "{\"validFrom\": \"" + nextMonth + "\", ");
        HubResponse added = created(Hub.admin().postJson("/api/v1/admin/reporting/regimes/" + second + "/versions", version2), "version 2");
        assertThat(added.json().getInt("version")).isEqualTo(2);
        assertRefused(Hub.admin().postJson("/api/v1/admin/reporting/regimes/" + second + "/versions",
                Regimes.monthly(second, f).replaceFirst("\\{", "{\"validFrom\": \"" + thisMonth + "\", ")), 422, "INVALID_REGIME");
        assertThat(created(as(f.province).postJson("/api/v1/reporting/regimes/" + second + "/periods", "{\"period\": \"" + thisMonth + "\"}"),
                "this month").json().getInt("regimeVersion")).isEqualTo(1);
        assertThat(created(as(f.province).postJson("/api/v1/reporting/regimes/" + second + "/periods", "{\"period\": \"" + nextMonth + "\"}"),
                "next month").json().getInt("regimeVersion")).isEqualTo(2);
        String figures = Regimes.figures(2, 1, "100", 1, "1.0", 1, 1);
        HubResponse withoutCt09 = as(f.commune(1, 1)).postJson("/api/v1/reporting/regimes/" + second + "/periods/" + thisMonth + "/submissions",
                Regimes.body(figures));
        assertRefused(withoutCt09, 422, "REPORT_INVALID");
        assertThat(withoutCt09.json().getString("element")).isEqualTo("values/CT09");
        created(as(f.commune(1, 1)).postJson("/api/v1/reporting/regimes/" + second + "/periods/" + thisMonth + "/submissions",
                Regimes.body(figures + ", \"CT09\": 3")), "version 1 report");
        created(as(f.commune(1, 1)).postJson("/api/v1/reporting/regimes/" + second + "/periods/" + nextMonth + "/submissions",
                Regimes.body(figures)), "version 2 report");
        JsonObject regime = ok(as(f.commune(1, 1)).get("/api/v1/reporting/regimes/" + second + "?version=1"), "version 1");
        assertThat(regime.getJsonArray("versions")).hasSize(2);
    }

    @Test
    void aProvincesAggregateTravelsUpAsReportDataAndIsTakenAsItsReport() {
        ReportingFixture f = ReportingFixture.province(1, 1);
        String provincial = ReportingFixture.uniqueRegimeCode("BC-PR");
        String national = ReportingFixture.uniqueRegimeCode("BC-NR");
        created(Hub.admin().postJson("/api/v1/admin/reporting/regimes", Regimes.monthly(provincial, f)), "provincial regime");
        created(Hub.admin().postJson("/api/v1/admin/reporting/regimes", Regimes.national(national, f.province)), "national regime");
        String month = ReportingFixture.monthKey(ReportingFixture.currentMonthPeriod());
        created(as(f.province).postJson("/api/v1/reporting/regimes/" + provincial + "/periods", "{\"period\": \"" + month + "\"}"), "open");
        created(as(ReportingFixture.GOVERNMENT).postJson("/api/v1/reporting/regimes/" + national + "/periods", "{\"period\": \"" + month + "\"}"),
                "open national");
        String path = "/api/v1/reporting/regimes/" + provincial + "/periods/" + month + "/submissions";
        created(as(f.commune(1, 1)).postJson(path, Regimes.body(Regimes.figures(4, 3, "100", 1, "2.0", 2, 2))), "commune");
        created(as(f.district(1)).postJson(path, Regimes.body(Regimes.figures(6, 5, "80", 1, "1.0", 3, 3))), "district");
        created(as(f.province).postJson(path, Regimes.body(Regimes.figures(10, 2, "50", 8, "3.0", 5, 5))), "province");

        JsonObject catalogue = ok(as(ReportingFixture.GOVERNMENT).get("/api/v1/reporting/interchange/regimes/" + provincial + "/indicators"),
                "indicator catalogue");
        assertThat(catalogue.getString("messageType")).isEqualTo("INDICATOR_CATALOGUE");
        assertThat(catalogue.getJsonArray("indicators")).hasSize(17);
        JsonObject packet = ok(as(ReportingFixture.GOVERNMENT).get("/api/v1/reporting/interchange/regimes/" + provincial), "regime packet");
        assertThat(packet.getString("messageType")).isEqualTo("REGIME");
        assertThat(packet.getString("standard")).isEqualTo("QCVN 125:2021/BTTTT");

        // The province's system reads its aggregate as report data under the national regime's code and sends it up.
        JsonObject message = ok(as(f.province).get("/api/v1/reporting/interchange/report-data?regime=" + provincial + "&period=" + month
                + "&targetRegime=" + national), "report data");
        assertThat(message.getString("messageType")).isEqualTo("REPORT_DATA");
        assertThat(message.getString("regime")).isEqualTo(national);
        assertThat(message.getJsonObject("values").getInt("CT02")).isEqualTo(20);
        assertThat(message.getJsonObject("reporters").getInt("submitted")).isEqualTo(3);
        assertRefused(as(f.district(1)).get("/api/v1/reporting/interchange/report-data?regime=" + provincial + "&period=" + month
                + "&agency=" + f.province), 403, "NOT_YOUR_REPORT");
        assertRefused(as(f.district(1)).postJson("/api/v1/reporting/interchange/report-data", message.toString()), 403, "NOT_YOUR_REPORT");
        HubResponse received = as(f.province).postJson("/api/v1/reporting/interchange/report-data", message.toString());
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        assertThat(received.json().getString("messageType")).isEqualTo("REPORT_STATUS");
        assertThat(received.json().getString("status")).isEqualTo("ON_TIME");

        JsonObject nationalTotal = ok(as(ReportingFixture.GOVERNMENT).get("/api/v1/reporting/regimes/" + national + "/periods/" + month
                + "/aggregate"), "national aggregate").getJsonObject("node").getJsonObject("values");
        assertThat(nationalTotal.getInt("CT02")).isEqualTo(20);
        assertThat(nationalTotal.getInt("CT03")).isEqualTo(10);
        assertThat(nationalTotal.getJsonNumber("CT04").bigDecimalValue()).isEqualByComparingTo(message.getJsonObject("values").getJsonNumber("CT04").bigDecimalValue());
        JsonObject status = ok(as(ReportingFixture.GOVERNMENT).get("/api/v1/reporting/interchange/report-status?regime=" + national
                + "&period=" + month + "&agency=" + f.province), "report status");
        assertThat(status.getInt("submissions")).isEqualTo(1);
        JsonObject history = ok(as(f.province).get("/api/v1/reporting/submissions/" + received.json().getString("submissionId")), "submission");
        assertThat(history.getString("channel")).isEqualTo("INTERCHANGE");

        // A regime packet imported into another system defines the regime there (here: under a new code).
        String copy = ReportingFixture.uniqueRegimeCode("BC-CP");
        HubResponse importedPacket = Hub.admin().postJson("/api/v1/admin/reporting/regimes/import",
                packet.toString().replace("\"code\":\"" + provincial + "\"", "\"code\":\"" + copy + "\""));
        assertThat(importedPacket.status()).as(importedPacket.toString()).isEqualTo(201);
        assertThat(importedPacket.json().getString("code")).isEqualTo(copy);
    }

    @Test
    void aSeriesContinuesAcrossAMergerOfReporters() {
        ReportingFixture f = ReportingFixture.province(1, 2);
        String code = ReportingFixture.uniqueRegimeCode("BC-MG");
        created(Hub.admin().postJson("/api/v1/admin/reporting/regimes", Regimes.monthly(code, f)), "regime");
        YearMonth now = ReportingFixture.currentMonthPeriod();
        String before = ReportingFixture.monthKey(now.minusMonths(2));
        String after = ReportingFixture.monthKey(now.minusMonths(1));
        String merged = f.commune(1, 1), successor = f.commune(1, 2);

        created(as(f.province).postJson("/api/v1/reporting/regimes/" + code + "/periods", "{\"period\": \"" + before + "\"}"), "before");
        String beforePath = "/api/v1/reporting/regimes/" + code + "/periods/" + before + "/submissions";
        created(as(merged).postJson(beforePath, Regimes.body(Regimes.figures(4, 3, "100", 5, "2.0", 2, 2))), "merged commune");
        created(as(successor).postJson(beforePath, Regimes.body(Regimes.figures(6, 5, "80", 2, "1.0", 3, 3))), "successor commune");

        HubResponse merge = Hub.admin().postJson("/api/v1/admin/agencies/" + merged + "/merge",
                "{\"into\": \"" + successor + "\", \"reason\": \"Sáp nhập xã\"}");
        assertThat(merge.status()).as(merge.toString()).isEqualTo(200);
        JsonObject opened = created(as(f.province).postJson("/api/v1/reporting/regimes/" + code + "/periods", "{\"period\": \"" + after + "\"}"),
                "after").json();
        assertThat(opened.getInt("obligations")).as("the merged commune reports no more").isEqualTo(3);
        created(as(successor).postJson("/api/v1/reporting/regimes/" + code + "/periods/" + after + "/submissions",
                Regimes.body(Regimes.figures(9, 7, "100", 3, "1.5", 5, 4))), "successor after the merger");

        JsonObject series = ok(as(successor).get("/api/v1/reporting/regimes/" + code + "/series?agency=" + successor
                + "&from=" + before + "&to=" + after), "series");
        assertThat(series.getJsonArray("mergedFrom")).extracting(v -> ((jakarta.json.JsonString) v).getString()).containsExactly(merged);
        assertThat(series.getJsonArray("periods")).hasSize(2);
        JsonObject first = series.getJsonArray("periods").getJsonObject(0);
        assertThat(first.getString("period")).isEqualTo(before);
        assertThat(first.getJsonObject("values").getInt("CT02")).as("both communes before the merger").isEqualTo(10);
        assertThat(first.getJsonObject("rates").getInt("expected")).isEqualTo(2);
        assertThat(series.getJsonArray("periods").getJsonObject(1).getJsonObject("values").getInt("CT02")).isEqualTo(9);
        JsonObject total = series.getJsonObject("total");
        assertThat(total.getInt("CT02")).as("received adds up over the months").isEqualTo(19);
        assertThat(total.getInt("CT05")).as("the open stock is the last month's").isEqualTo(3);
        assertThat(total.getJsonNumber("CT06").bigDecimalValue()).isEqualByComparingTo("1.0");
        // the merged commune can no longer sign in at all (deactivation is immediate): its successor is the
        // commune that must not read the district's series
        assertRefused(as(successor).get("/api/v1/reporting/regimes/" + code + "/series?agency=" + f.district(1)
                + "&from=" + before + "&to=" + after), 403, "NOT_YOUR_REPORT");
    }
}
