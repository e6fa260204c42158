package vn.lienthong.it.reporting;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienthong.signature.hubkey.ReceiptVerifier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.reporting.ReportingFixture.as;
import static vn.lienthong.it.reporting.ReportingFixture.created;
import static vn.lienthong.it.reporting.ReportingFixture.ok;
import static vn.lienthong.it.reporting.ReportingFixture.okArray;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * National reporting end to end (docs/reporting.md): a regime defined, a period opened, ten
 * agencies on three levels report over REST and the axis — one late, one corrected, one missing,
 * one refused for a bad value first — and the province, a district and the Government Office see
 * exact totals, drill-down, who has not submitted and reporting rates. The period is two months
 * back, so that the named communes' one-working-day deadline has passed ("late" without waiting)
 * while everyone else's eighty working days have not.
 */
class ReportingIT {

    private static ReportingFixture f;
    private static String regime;
    private static String period;

    @BeforeAll
    static void aProvinceWithTenAgenciesAndAMonthlyRegime() {
        f = ReportingFixture.province(3, 2);
        regime = ReportingFixture.uniqueRegimeCode("BC-IT");
        created(Hub.admin().postJson("/api/v1/admin/reporting/regimes", Regimes.monthly(regime, f, f.commune(1, 2), f.commune(2, 2))),
                "define the regime");
        period = ReportingFixture.monthKey(ReportingFixture.currentMonthPeriod().minusMonths(2));
    }

    private static String periodPath() {
        return "/api/v1/reporting/regimes/" + regime + "/periods/" + period;
    }

    private static HubResponse submit(String agency, String figures) {
        return as(agency).postJson(periodPath() + "/submissions", Regimes.body(figures));
    }

    private static JsonObject submitted(String agency, String figures) {
        return created(submit(agency, figures), "submission of " + agency).json();
    }

    @Test
    void tenAgenciesReportAndEveryLevelSeesExactTotalsDrillDownAndWhoIsMissing() throws Exception {
        String p = f.province, d1 = f.district(1), d2 = f.district(2), d3 = f.district(3);
        String c11 = f.commune(1, 1), c12 = f.commune(1, 2), c21 = f.commune(2, 1), c22 = f.commune(2, 2);
        String c31 = f.commune(3, 1), c32 = f.commune(3, 2);

        // The issuer (the province) opens the period: ten obligations, deadlines per level and the two named communes'.
        assertRefused(as(d1).postJson("/api/v1/reporting/regimes/" + regime + "/periods", "{\"period\": \"" + period + "\"}"), 403, "FORBIDDEN");
        JsonObject opened = created(as(p).postJson("/api/v1/reporting/regimes/" + regime + "/periods", "{\"period\": \"" + period + "\"}"),
                "open the period").json();
        assertThat(opened.getInt("obligations")).isEqualTo(10);
        assertThat(opened.getString("cutOff")).isEqualTo(YearMonth.parse(period).atDay(14).toString());
        assertThat(opened.getJsonArray("deadlines")).hasSize(4);
        assertRefused(as(p).postJson("/api/v1/reporting/regimes/" + regime + "/periods", "{\"period\": \"" + period + "\"}"),
                409, "PERIOD_ALREADY_OPEN");

        // Communes, districts and the province report.
        submitted(c11, Regimes.figures(5, 5, "100", 0, "1.0", 5, 0));
        JsonObject late = submitted(c12, Regimes.figures(6, 4, "50", 2, "2.0", 3, 3));
        assertThat(late.getBoolean("late")).isTrue();
        assertThat(late.getString("status")).isEqualTo("LATE");

        JsonObject first = submitted(c21, Regimes.figures(7, 7, "100", 0, "0.5", 4, 3));
        assertThat(first.getString("status")).isEqualTo("ON_TIME");
        assertRefused(submit(c21, Regimes.figures(8, 6, "50", 2, "0.8", 5, 3)), 400, "INVALID_REQUEST");
        JsonObject corrected = created(as(c21).postJson(periodPath() + "/submissions",
                "{\"values\": {" + Regimes.figures(8, 6, "50", 2, "0.8", 5, 3) + "}, \"reason\": \"Bổ sung 01 hồ sơ tiếp nhận cuối kỳ\"}"),
                "correction").json();
        assertThat(corrected.getInt("seq")).isEqualTo(2);
        assertThat(corrected.getString("status")).as("a correction keeps the first submission's timeliness").isEqualTo("ON_TIME");

        HubResponse badValue = submit(c31, Regimes.figures(8, 8, "130", 0, "1.2", 4, 4));
        assertRefused(badValue, 422, "REPORT_INVALID");
        assertThat(badValue.json().getString("element")).isEqualTo("values/CT04");
        assertThat(badValue.json().getString("detail")).contains("130 lies outside 0 … 100");
        assertThat(badValue.json().getString("detail_vi")).contains("nằm ngoài khoảng");
        HubResponse brokenRule = submit(c31, Regimes.figures(8, 9, "75", 0, "1.2", 4, 4));
        assertRefused(brokenRule, 422, "REPORT_RULE_VIOLATED");
        assertThat(brokenRule.json().getString("element")).isEqualTo("rules/QT01");
        assertThat(brokenRule.json().getString("detail_vi")).contains("Số hồ sơ đã giải quyết không vượt quá số tiếp nhận");
        assertRefused(submit(c31, Regimes.figures(8, 8, "75", 0, "1.2", 4, 4).replace("\"CT02\": 8,", "")), 422, "REPORT_INVALID");
        submitted(c31, Regimes.figures(8, 8, "75", 0, "1.2", 4, 4));

        // C32 sends its report as an official document through the axis, to its district.
        String documentId = as(c32).send(ReportPackages.reportDocument(c32, d3, regime, period, Regimes.figures(9, 3, "100", 6, "2.2", 5, 4)));
        JsonObject viaAxis = ok(as(d3).get(periodPath() + "/obligations/" + c32), "C32's obligation");
        assertThat(viaAxis.getString("status")).isEqualTo("ON_TIME");
        JsonArray axisHistory = okArray(as(d3).get(periodPath() + "/obligations/" + c32 + "/submissions"), "C32's history");
        assertThat(axisHistory.getJsonObject(0).getString("channel")).isEqualTo("AXIS");
        assertThat(axisHistory.getJsonObject(0).getString("documentId")).isEqualTo(documentId);
        // A report package to the wrong recipient is refused whole, and the package with it.
        HubResponse misaddressed = as(c31).postXml("/api/v1/documents",
                ReportPackages.reportDocument(c31, d1, regime, period, Regimes.figures(8, 8, "75", 0, "1.2", 4, 4)).getBytes(StandardCharsets.UTF_8));
        assertRefused(misaddressed, 422, "REPORT_INVALID");
        assertThat(misaddressed.json().getString("element")).isEqualTo("MessageHeader/To");

        JsonObject warned = submitted(d1, Regimes.figures(20, 20, "90", 0, "1.5", 12, 7));
        assertThat(warned.getJsonArray("warnings").getString(0)).startsWith("QT02");
        submitted(d2, Regimes.figures(30, 25, "80", 5, "3.0", 20, 10));
        submitted(d3, Regimes.figures(40, 30, "100", 10, "4.0", 25, 15));
        submitted(p, Regimes.figures(10, 8, "75", 2, "2.5", 6, 4));

        // The province: every level below it, combined by each indicator's rule.
        JsonObject aggregate = ok(as(p).get(periodPath() + "/aggregate?depth=2"), "the province's aggregate");
        JsonObject node = aggregate.getJsonObject("node");
        assertFigures(node.getJsonObject("values"), 136, 109, "85.32", 27, "0.8", 85, 50);
        assertThat(node.getJsonObject("values").getInt("VB01")).as("no document was sent in that month").isZero();
        assertFigures(node.getJsonObject("own"), 10, 8, "75", 2, "2.5", 6, 4);
        assertThat(node.getString("status")).isEqualTo("ON_TIME");
        JsonArray units = node.getJsonArray("units");
        assertThat(units).hasSize(3);
        assertFigures(unit(units, d1).getJsonObject("values"), 31, 29, "86.21", 2, "1.0", 20, 10);
        assertFigures(unit(units, d2).getJsonObject("values"), 38, 31, "74.19", 7, "0.8", 25, 13);
        assertFigures(unit(units, d3).getJsonObject("values"), 57, 41, "95.12", 16, "1.2", 34, 23);
        assertFigures(unit(unit(units, d2).getJsonArray("units"), c21).getJsonObject("own"), 8, 6, "50", 2, "0.8", 5, 3);
        assertThat(unit(unit(units, d2).getJsonArray("units"), c22).getString("status")).isEqualTo("OVERDUE");
        assertThat(unit(unit(units, d1).getJsonArray("units"), c12).getString("status")).isEqualTo("LATE");
        assertThat(aggregate.getJsonArray("missing")).singleElement().satisfies(m -> {
            assertThat(m.asJsonObject().getString("agency")).isEqualTo(c22);
            assertThat(m.asJsonObject().getString("status")).isEqualTo("OVERDUE");
        });
        JsonObject rates = node.getJsonObject("rates");
        assertThat(rates.getJsonObject("total")).satisfies(t -> rate(t, 10, 9, 8, 1, 1));
        assertThat(rates.getJsonObject("byLevel").getJsonObject("2")).satisfies(t -> rate(t, 1, 1, 1, 0, 0));
        assertThat(rates.getJsonObject("byLevel").getJsonObject("3")).satisfies(t -> rate(t, 3, 3, 3, 0, 0));
        assertThat(rates.getJsonObject("byLevel").getJsonObject("4")).satisfies(t -> rate(t, 6, 5, 4, 1, 1));
        assertThat(rates.getJsonObject("total").getJsonNumber("submittedPercent").bigDecimalValue()).isEqualByComparingTo("90");
        // The warning rule over the aggregate: 85 + 50 by channel against 136 received.
        assertThat(aggregate.getJsonArray("violations")).singleElement().satisfies(v -> {
            assertThat(v.asJsonObject().getString("rule")).isEqualTo("QT02");
            assertThat(v.asJsonObject().getJsonNumber("left").intValue()).isEqualTo(135);
            assertThat(v.asJsonObject().getJsonNumber("right").intValue()).isEqualTo(136);
        });

        // A district sees its communes; the Government Office, to which the province reports, the same totals as the province.
        JsonObject district = ok(as(d1).get(periodPath() + "/aggregate"), "district 1's aggregate").getJsonObject("node");
        assertFigures(district.getJsonObject("values"), 31, 29, "86.21", 2, "1.0", 20, 10);
        assertThat(district.getJsonArray("units")).hasSize(2);
        JsonObject national = ok(as(ReportingFixture.GOVERNMENT).get(periodPath() + "/aggregate?agency=" + p), "the national view")
                .getJsonObject("node");
        assertThat(national.getJsonObject("values")).isEqualTo(node.getJsonObject("values"));
        JsonObject top = ok(as(ReportingFixture.GOVERNMENT).get(periodPath() + "/aggregate"), "the Government Office's own aggregate")
                .getJsonObject("node");
        assertThat(top.getJsonObject("values")).isEqualTo(node.getJsonObject("values"));
        assertThat(top.containsKey("status") && !top.isNull("status")).as("the Government Office does not report itself").isFalse();

        // Who sees what: nobody reads a sibling's or a superior's figures.
        assertRefused(as(c11).get(periodPath() + "/aggregate?agency=" + d1), 403, "NOT_YOUR_REPORT");
        assertRefused(as(d1).get(periodPath() + "/aggregate?agency=" + p), 403, "NOT_YOUR_REPORT");
        assertRefused(as(d2).get(periodPath() + "/obligations/" + c11 + "/submissions"), 403, "NOT_YOUR_REPORT");
        assertThat(as(p).get(periodPath() + "/obligations/" + c11 + "/submissions").status()).as("the province reads below").isEqualTo(200);
        assertThat(Hub.admin().get(periodPath() + "/aggregate?agency=" + d2).status()).isEqualTo(200);

        // The correction keeps the earlier submission, with who, when and why.
        JsonArray history = okArray(as(d2).get(periodPath() + "/obligations/" + c21 + "/submissions"), "C21's history");
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).containsKey("reason")).as("a first submission has no reason").isFalse();
        assertThat(history.getJsonObject(0).getJsonObject("values").getInt("CT02")).isEqualTo(7);
        assertThat(history.getJsonObject(1).getString("reason")).isEqualTo("Bổ sung 01 hồ sơ tiếp nhận cuối kỳ");
        assertThat(history.getJsonObject(1).getString("submittedBy")).isEqualTo(c21);

        exportsReadBackWithTheSameFigures(p, d1, d2, d3, c22);

        // The missing report is flagged for the commune and its district, the late one too.
        JsonObject overdue = awaitEvent(as(d2), e -> e.getString("kind").equals("OVERDUE") && c22.equals(e.getString("agency", null)));
        assertThat(overdue.getString("recipient")).isEqualTo(d2);
        awaitEvent(as(c22), e -> e.getString("kind").equals("OVERDUE") && e.getString("regime").equals(regime));
        awaitEvent(as(d1), e -> e.getString("kind").equals("SUBMITTED_LATE") && c12.equals(e.getString("agency", null)));
        assertThat(ok(as(c21).get("/api/v1/reporting/events?limit=500"), "C21's events").getJsonArray("events").stream()
                .map(JsonObject.class::cast).noneMatch(e -> c22.equals(e.getString("agency", null))))
                .as("an agency sees only its own events").isTrue();
    }

    /** The province's workbook and CSV, opened and read back: the same figures as the aggregate over REST. */
    private static void exportsReadBackWithTheSameFigures(String p, String d1, String d2, String d3, String c22) throws Exception {
        HubResponse xlsx = as(p).get(periodPath() + "/aggregate.xlsx");
        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.header("Content-Disposition")).contains(regime).contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = book.getSheet("Tổng hợp");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo tình hình giải quyết hồ sơ và gửi nhận văn bản");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).contains("9/10 đã gửi").contains("1 quá hạn");
            Row header = summary.getRow(5);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Tổng hợp");
            assertThat(header.getCell(6).getStringCellValue()).endsWith("(" + d1 + ")");
            Row received = rowOf(summary, "CT02", 2);
            assertThat(received.getCell(2).getStringCellValue()).isEqualTo("Số hồ sơ tiếp nhận");
            assertThat(received.getCell(3).getStringCellValue()).isEqualTo("hồ sơ");
            assertThat(received.getCell(4).getNumericCellValue()).isEqualTo(136.0);
            assertThat(received.getCell(5).getNumericCellValue()).as("the province's own figure").isEqualTo(10.0);
            assertThat(received.getCell(6).getNumericCellValue()).as(d1).isEqualTo(31.0);
            assertThat(received.getCell(7).getNumericCellValue()).as(d2).isEqualTo(38.0);
            assertThat(received.getCell(8).getNumericCellValue()).as(d3).isEqualTo(57.0);
            assertThat(rowOf(summary, "CT04", 2).getCell(4).getNumericCellValue()).isEqualTo(85.32);
            assertThat(rowOf(summary, "CT06", 2).getCell(4).getNumericCellValue()).isEqualTo(0.8);
            Row byHand = rowOfLabel(summary, "Trực tiếp — Số hồ sơ");
            assertThat(byHand.getCell(4).getNumericCellValue()).isEqualTo(85.0);
            Sheet detail = book.getSheet("Chi tiết");
            assertThat(detail.getLastRowNum()).as("ten reporters").isEqualTo(10);
            Row missingRow = book.getSheet("Chưa gửi").getRow(1);
            assertThat(missingRow.getCell(0).getStringCellValue()).isEqualTo(c22);
            assertThat(missingRow.getCell(5).getStringCellValue()).isEqualTo("Quá hạn, chưa gửi");
            assertThat(book.getSheet("Kiểm tra").getRow(1).getCell(0).getStringCellValue()).isEqualTo("QT02");
        }

        HubResponse csv = as(d2).get(periodPath() + "/aggregate.csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + "regime,period,scope,agency,agency_name,level,status,indicator,indicator_name,unit,row,column,value");
        assertThat(lines).contains(regime + "," + period + ",total," + d2 + ",Ủy ban nhân dân huyện thử nghiệm " + f.unit
                + ".2,,,CT02,Số hồ sơ tiếp nhận,hồ sơ,,,38");
        assertThat(lines).anyMatch(l -> l.startsWith(regime + "," + period + ",reporter," + c22 + ",") && l.contains(",OVERDUE,"));
        assertThat(lines).anyMatch(l -> l.contains(",reporter," + f.commune(2, 1) + ",") && l.contains(",CT08,") && l.endsWith(",TTN,NHAN,3"));
        assertRefused(as(d1).get(periodPath() + "/aggregate.csv?agency=" + d2), 403, "NOT_YOUR_REPORT");
        assertThat(as(d3).get(periodPath() + "/aggregate.xlsx").status()).isEqualTo(200);
    }

    private static Row rowOf(Sheet sheet, String code, int labelColumn) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && code.equals(row.getCell(1).getStringCellValue()) && row.getCell(4) != null) {
                return row;
            }
        }
        throw new AssertionError("no line for " + code);
    }

    private static Row rowOfLabel(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(2) != null && label.equals(row.getCell(2).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no line " + label);
    }

    @Test
    void reportersAreRemindedBeforeAnAdHocDeadlineAndSeeWhatTheyOwe() {
        ReportingFixture g = ReportingFixture.province(1, 1);
        String code = ReportingFixture.uniqueRegimeCode("BC-DX");
        created(Hub.admin().postJson("/api/v1/admin/reporting/regimes", """
                {"code": "%s", "name": "Báo cáo đột xuất về tình hình mưa lũ", "kind": "AD_HOC", "frequency": "AD_HOC",
                 "issuer": "%s", "scope": "%s",
                 "reporters": [{"level": 3, "recipient": "PARENT", "deadline": {"workingDaysAfterCutOff": 1}},
                               {"level": 4, "recipient": "PARENT", "deadline": {"workingDaysAfterCutOff": 1}}],
                 "indicators": [{"code": "TH01", "name": "Số hộ bị ảnh hưởng", "unit": "hộ", "type": "INTEGER"}]}
                """.formatted(code, g.province, g.province)), "ad hoc regime");
        java.time.LocalDate today = java.time.LocalDate.now(ReportingFixture.VIETNAM);
        String due = java.time.OffsetDateTime.now(ReportingFixture.VIETNAM).plusHours(2).withNano(0).toString();
        assertRefused(as(g.province).postJson("/api/v1/reporting/regimes/" + code + "/periods", "{\"period\": \"DX-LU-01\"}"),
                400, "INVALID_REQUEST");
        JsonObject opened = created(as(g.province).postJson("/api/v1/reporting/regimes/" + code + "/periods", """
                {"period": "DX-LU-01", "from": "%s", "to": "%s", "dueAt": "%s", "note": "Công điện khẩn về mưa lũ"}
                """.formatted(today.minusDays(3), today.minusDays(1), due)), "open the ad hoc period").json();
        assertThat(opened.getInt("obligations")).isEqualTo(2);
        assertThat(java.time.OffsetDateTime.parse(opened.getString("dueOverride")).toInstant())
                .isEqualTo(java.time.OffsetDateTime.parse(due).toInstant());

        JsonObject reminder = awaitEvent(as(g.commune(1, 1)), e -> e.getString("kind").equals("REMINDER") && e.getString("regime").equals(code));
        assertThat(java.time.OffsetDateTime.parse(reminder.getString("dueAt")).toInstant()).isEqualTo(java.time.OffsetDateTime.parse(due).toInstant());
        awaitEvent(as(g.district(1)), e -> e.getString("kind").equals("REMINDER") && e.getString("regime").equals(code)
                && g.district(1).equals(e.getString("agency", null)));

        JsonArray owed = okArray(as(g.commune(1, 1)).get("/api/v1/reporting/obligations"), "what the commune owes");
        assertThat(owed).anySatisfy(o -> {
            assertThat(o.asJsonObject().getString("regime")).isEqualTo(code);
            assertThat(o.asJsonObject().getString("status")).isEqualTo("PENDING");
            assertThat(o.asJsonObject().getString("recipient")).isEqualTo(g.district(1));
        });
    }

    @Test
    void aSubmissionsReceiptIsSignedByTheHubOverItsFiguresHash() throws Exception {
        ReportingFixture g = ReportingFixture.province(1, 1);
        String code = ReportingFixture.uniqueRegimeCode("BC-RC");
        created(Hub.admin().postJson("/api/v1/admin/reporting/regimes", Regimes.monthly(code, g, g.commune(1, 1), g.district(1))), "regime");
        String month = ReportingFixture.monthKey(ReportingFixture.currentMonthPeriod());
        created(as(g.province).postJson("/api/v1/reporting/regimes/" + code + "/periods", "{\"period\": \"" + month + "\"}"), "open");
        JsonObject submission = created(as(g.commune(1, 1)).postJson("/api/v1/reporting/regimes/" + code + "/periods/" + month + "/submissions",
                Regimes.body(Regimes.figures(3, 2, "50", 1, "1.0", 2, 1))), "submit").json();

        HubResponse receipt = as(g.commune(1, 1)).get("/api/v1/reporting/submissions/" + submission.getString("id") + "/receipt");
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
        assertThat(receipt.header("Content-Type")).startsWith("application/pkcs7-mime");
        ReceiptVerifier.Verified verified = ReceiptVerifier.verify(receipt.body(), hubCertificate(), null);
        assertThat(verified.text()).contains("\"receipt\":\"report\"")
                .contains("\"documentId\":\"" + submission.getString("id") + "\"")
                .contains("\"packageSha256\":\"" + submission.getString("sha256") + "\"")
                .contains("\"recipients\":[\"" + g.district(1) + "\"]");
        assertThat(java.util.Base64.getDecoder().decode(submission.getString("receipt"))).isEqualTo(receipt.body());
        assertThat(as(g.district(1)).get("/api/v1/reporting/submissions/" + submission.getString("id") + "/receipt").status())
                .as("the recipient has the receipt too").isEqualTo(200);
        assertRefused(as("000.00.00.H41").get("/api/v1/reporting/submissions/" + submission.getString("id") + "/receipt"),
                403, "NOT_YOUR_REPORT");
    }

    private static X509Certificate hubCertificate() throws Exception {
        HubResponse pem = Hub.as(ReportingFixture.GOVERNMENT).get("/api/v1/hub/certificate");
        assertThat(pem.status()).as(pem.toString()).isEqualTo(200);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem.body()));
    }

    private static JsonObject unit(JsonArray units, String agency) {
        return units.stream().map(JsonObject.class::cast).filter(u -> u.getString("agency").equals(agency)).findFirst()
                .orElseThrow(() -> new AssertionError(agency + " not among " + units));
    }

    private static void assertFigures(JsonObject values, int received, int resolved, String rate, int open, String fastest,
                                      int byHand, int online) {
        assertThat(values.getInt("CT02")).as("CT02 received").isEqualTo(received);
        assertThat(values.getInt("CT03")).as("CT03 resolved").isEqualTo(resolved);
        assertThat(values.getJsonNumber("CT04").bigDecimalValue()).as("CT04 on-time rate").isEqualByComparingTo(rate);
        assertThat(values.getInt("CT05")).as("CT05 open").isEqualTo(open);
        assertThat(values.getJsonNumber("CT06").bigDecimalValue()).as("CT06 fastest").isEqualByComparingTo(fastest);
        assertThat(values.getJsonObject("CT08").getJsonObject("TT").getInt("NHAN")).as("CT08 in person").isEqualTo(byHand);
        assertThat(values.getJsonObject("CT08").getJsonObject("TTN").getInt("NHAN")).as("CT08 online").isEqualTo(online);
    }

    private static void rate(Object json, int expected, int submitted, int onTime, int late, int overdue) {
        JsonObject r = (JsonObject) json;
        assertThat(List.of(r.getInt("expected"), r.getInt("submitted"), r.getInt("onTime"), r.getInt("late"), r.getInt("overdue")))
                .isEqualTo(List.of(expected, submitted, onTime, late, overdue));
    }

    /** Polls the reporting events the agency sees until one matches (the schedule runs every second in the tests). */
    static JsonObject awaitEvent(AgencyClient client, Predicate<JsonObject> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonObject page = ok(client.get("/api/v1/reporting/events?limit=500"), "events");
            for (JsonObject e : page.getJsonArray("events").getValuesAs(JsonObject.class)) {
                if (wanted.test(e)) {
                    return e;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no such reporting event for " + client.code() + " within 30 s");
    }
}
