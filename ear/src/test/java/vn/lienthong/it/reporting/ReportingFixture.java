package vn.lienthong.it.reporting;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hierarchy of the test's own under the sample province of Đồng Tháp (H20): a unit at level 2
 * (here called the province: the top of the test's reporting tree, reporting to the Government
 * Office) with districts at level 3 of communes at level 4 — three districts of two communes make
 * ten agencies on three levels. Codes use three-digit level-2 segments no sample agency has, so
 * other tests' views of the directory (the top-level units, H20's own departments) do not change.
 * Every agency signs in with the sample secret and may send unsigned packages.
 */
final class ReportingFixture {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String GOVERNMENT = "000.00.00.G22";

    final String unit;
    /** The top of the test's tree: level 2, under H20. */
    final String province;
    final List<String> districts = new ArrayList<>();
    /** communes.get(d).get(c): commune c+1 of district d+1. */
    final List<List<String>> communes = new ArrayList<>();

    private ReportingFixture(String unit) {
        this.unit = unit;
        this.province = "000.00." + unit + ".H20";
    }

    /** A new tree with {@code districts} districts of {@code communesEach} communes. */
    static ReportingFixture province(int districtCount, int communesEach) {
        ReportingFixture f = new ReportingFixture(freeLevel2Segment());
        f.add(f.province, "Ban thử nghiệm báo cáo " + f.unit, "000.00.00.H20");
        for (int d = 1; d <= districtCount; d++) {
            String district = "000.%02d.%s.H20".formatted(30 + d, f.unit);
            f.add(district, "Ủy ban nhân dân huyện thử nghiệm " + f.unit + "." + d, f.province);
            f.districts.add(district);
            List<String> ofDistrict = new ArrayList<>();
            for (int c = 1; c <= communesEach; c++) {
                String commune = "%03d.%02d.%s.H20".formatted(c, 30 + d, f.unit);
                f.add(commune, "Ủy ban nhân dân xã thử nghiệm " + f.unit + "." + d + "." + c, district);
                ofDistrict.add(commune);
            }
            f.communes.add(ofDistrict);
        }
        return f;
    }

    String commune(int district, int commune) {
        return communes.get(district - 1).get(commune - 1);
    }

    String district(int district) {
        return districts.get(district - 1);
    }

    void add(String code, String name, String parent) {
        String body = "{\"code\": \"%s\", \"name\": \"%s\", \"parentCode\": \"%s\", \"secret\": \"%s\"}"
                .formatted(code, name, parent, Hub.SAMPLE_SECRET);
        HubResponse added = Hub.admin().postJson("/api/v1/admin/agencies", body);
        assertThat(added.status()).as("add %s: %s", code, added).isEqualTo(201);
        // The test's agencies send unsigned packages whatever the default policy for new agencies is.
        HubResponse policy = Hub.admin().putJson("/api/v1/admin/signatures/" + code + "/policy", "{\"mode\": \"ACCEPT_UNSIGNED\"}");
        assertThat(policy.status()).as("policy of %s: %s", code, policy).isEqualTo(200);
    }

    /** A three-digit level-2 segment under H20 that no agency uses yet. */
    private static String freeLevel2Segment() {
        for (int attempt = 0; attempt < 200; attempt++) {
            String segment = String.valueOf(100 + ThreadLocalRandom.current().nextInt(900));
            if (Hub.admin().get("/api/v1/agencies/000.00." + segment + ".H20").status() == 404) {
                return segment;
            }
        }
        throw new IllegalStateException("no free level-2 code under H20");
    }

    static AgencyClient as(String code) {
        return Hub.as(code);
    }

    static String uniqueRegimeCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** The month whose Decree 09 window holds today (from the 15th on, the next month). */
    static YearMonth currentMonthPeriod() {
        LocalDate today = LocalDate.now(VIETNAM);
        YearMonth month = YearMonth.from(today);
        return today.getDayOfMonth() >= 15 ? month.plusMonths(1) : month;
    }

    static String monthKey(YearMonth month) {
        return "%04d-%02d".formatted(month.getYear(), month.getMonthValue());
    }

    static HubResponse created(HubResponse response, String what) {
        assertThat(response.status()).as("%s: %s", what, response).isEqualTo(201);
        return response;
    }

    static jakarta.json.JsonArray okArray(HubResponse response, String what) {
        assertThat(response.status()).as("%s: %s", what, response).isEqualTo(200);
        try (var reader = Json.createReader(new java.io.ByteArrayInputStream(response.body()))) {
            return reader.readArray();
        }
    }

    static JsonObject ok(HubResponse response, String what) {
        assertThat(response.status()).as("%s: %s", what, response).isEqualTo(200);
        return response.json();
    }
}
