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
 * A province of the test's own (a free top-level code) with three districts of two communes each:
 * ten agencies on three levels, each signing in with the sample secret, all allowed to send
 * unsigned packages; and the regimes, periods and reports the reporting tests make there.
 */
final class ReportingFixture {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String GOVERNMENT = "000.00.00.G22";

    final String unit;
    final String province;
    final List<String> districts = new ArrayList<>();
    /** communes.get(d).get(c): commune c+1 of district d+1. */
    final List<List<String>> communes = new ArrayList<>();

    private ReportingFixture(String unit) {
        this.unit = unit;
        this.province = "000.00.00." + unit;
    }

    /** A new province with {@code districts} districts of {@code communesEach} communes. */
    static ReportingFixture province(int districtCount, int communesEach) {
        ReportingFixture f = new ReportingFixture(freeTopLevelUnit());
        f.add(f.province, "Ủy ban nhân dân tỉnh thử nghiệm " + f.unit, null);
        for (int d = 1; d <= districtCount; d++) {
            String district = "000.00.%02d.%s".formatted(30 + d, f.unit);
            f.add(district, "Ủy ban nhân dân huyện thử nghiệm " + d, f.province);
            f.districts.add(district);
            List<String> ofDistrict = new ArrayList<>();
            for (int c = 1; c <= communesEach; c++) {
                String commune = "000.%02d.%02d.%s".formatted(c, 30 + d, f.unit);
                f.add(commune, "Ủy ban nhân dân xã thử nghiệm " + d + "." + c, district);
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
        String body = parent == null
                ? "{\"code\": \"%s\", \"name\": \"%s\", \"secret\": \"%s\"}".formatted(code, name, Hub.SAMPLE_SECRET)
                : "{\"code\": \"%s\", \"name\": \"%s\", \"parentCode\": \"%s\", \"secret\": \"%s\"}".formatted(code, name, parent, Hub.SAMPLE_SECRET);
        HubResponse added = Hub.admin().postJson("/api/v1/admin/agencies", body);
        assertThat(added.status()).as("add %s: %s", code, added).isEqualTo(201);
        // The test's agencies send unsigned packages whatever the default policy for new agencies is.
        HubResponse policy = Hub.admin().putJson("/api/v1/admin/signatures/" + code + "/policy", "{\"mode\": \"ACCEPT_UNSIGNED\"}");
        assertThat(policy.status()).as("policy of %s: %s", code, policy).isEqualTo(200);
    }

    private static String freeTopLevelUnit() {
        for (int attempt = 0; attempt < 200; attempt++) {
            char letter = "KLMNPQRSTUVWXY".charAt(ThreadLocalRandom.current().nextInt(14));
            String unit = "%c%02d".formatted(letter, ThreadLocalRandom.current().nextInt(100));
            if (Hub.admin().get("/api/v1/agencies/000.00.00." + unit).status() == 404) {
                return unit;
            }
        }
        throw new IllegalStateException("no free top-level unit code");
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
