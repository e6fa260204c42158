package vn.lienthong.it.reporting;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.reporting.ReportingFixture.as;
import static vn.lienthong.it.reporting.ReportingFixture.created;
import static vn.lienthong.it.reporting.ReportingFixture.ok;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * Report pre-fill as a batch job (issue 19, docs/reporting.md "Pre-fill"): once a period's data window has
 * closed the schedule fixes every reporter's hub figures; an administrator may fix them earlier and again;
 * fixed figures no longer follow the traffic until the next run.
 */
class PrefillIT {

    private static final String RUNS = "/api/v1/admin/reporting/prefill-runs";
    private final AgencyClient admin = Hub.admin();

    @Test
    void theScheduleFixesTheFiguresOfAPeriodWhoseDataWindowHasClosed() {
        ReportingFixture f = ReportingFixture.province(1, 1);
        String regime = ReportingFixture.uniqueRegimeCode("BC-PF");
        created(admin.postJson("/api/v1/admin/reporting/regimes", Regimes.monthly(regime, f)), "regime");
        String lastMonth = ReportingFixture.monthKey(ReportingFixture.currentMonthPeriod().minusMonths(1));
        created(as(f.province).postJson("/api/v1/reporting/regimes/" + regime + "/periods", "{\"period\": \"" + lastMonth + "\"}"), "open");
        String periodPath = "/api/v1/reporting/regimes/" + regime + "/periods/" + lastMonth;

        JsonObject fixed = awaitFrozen(as(f.province), periodPath + "/prefill");
        assertThat(fixed.getJsonArray("figures")).isNotEmpty();
        assertThat(figure(fixed, "VB01")).as("nothing was sent in last month's window by this new province").isEqualTo(0);
        JsonObject district = awaitFrozen(as(f.district(1)), periodPath + "/prefill");
        assertThat(district.getString("agency")).isEqualTo(f.district(1));

        pause(Duration.ofSeconds(5)); // more than two schedule rounds: the period is not run again
        assertThat(ok(as(f.province).get(periodPath + "/prefill"), "prefill again").getString("computedAt"))
                .isEqualTo(fixed.getString("computedAt"));
    }

    @Test
    void anAdministratorFixesAnOpenPeriodsFiguresAndTheyStayUntilTheNextRun() {
        ReportingFixture f = ReportingFixture.province(1, 1);
        String regime = ReportingFixture.uniqueRegimeCode("BC-PF");
        created(admin.postJson("/api/v1/admin/reporting/regimes", Regimes.monthly(regime, f)), "regime");
        String month = ReportingFixture.monthKey(ReportingFixture.currentMonthPeriod());
        created(as(f.province).postJson("/api/v1/reporting/regimes/" + regime + "/periods", "{\"period\": \"" + month + "\"}"), "open");
        String prefill = "/api/v1/reporting/regimes/" + regime + "/periods/" + month + "/prefill";

        as(f.province).send(Packages.document(f.province, f.district(1)).xml());
        JsonObject live = ok(as(f.province).get(prefill), "live prefill");
        assertThat(live.getBoolean("frozen")).as("the window is open and no run fixed the figures").isFalse();
        assertThat(figure(live, "VB01")).isEqualTo(1);

        JsonObject first = finished(start(regime, month));
        assertThat(first.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(first.getString("exitStatus")).as("the province, its district and commune").isEqualTo("reporters=3");
        assertThat(first.getString("job")).isEqualTo("report-prefill");

        as(f.province).send(Packages.document(f.province, f.district(1)).xml());
        JsonObject fixed = ok(as(f.province).get(prefill), "fixed prefill");
        assertThat(fixed.getBoolean("frozen")).isTrue();
        assertThat(figure(fixed, "VB01")).as("fixed before the second document").isEqualTo(1);
        HubResponse unexplained = as(f.province).postJson(prefill.replace("/prefill", "/submissions"),
                Regimes.body(Regimes.figures(0, 0, "100", 0, "1.0", 0, 0) + ", \"VB01\": 2"));
        assertRefused(unexplained, 422, "REPORT_INVALID");
        assertThat(unexplained.json().getString("detail")).as("the check compares with the fixed figure")
                .contains("differs from the hub's own figure 1");

        JsonObject second = finished(start(regime, month));
        assertThat(second.getString("exitStatus")).isEqualTo("reporters=3");
        assertThat(figure(ok(as(f.province).get(prefill), "prefill after the second run"), "VB01")).isEqualTo(2);

    }

    @Test
    void runsAreForAdministratorsAndBadRequestsAreRefusedClearly() {
        assertThat(as("000.00.00.G22").postJson(RUNS, "{\"regime\": \"X\", \"period\": \"2026-01\"}").status()).isEqualTo(403);
        assertRefused(admin.postJson(RUNS, "{\"period\": \"2026-01\"}"), 400, "INVALID_REQUEST");
        assertRefused(admin.postJson(RUNS, "{\"regime\": 7, \"period\": \"2026-01\"}"), 400, "INVALID_REQUEST");
        assertRefused(admin.postJson(RUNS, "{\"regime\": \"X\", \"period\": \"2026-01\", \"pause\": \"soon\"}"), 400, "INVALID_REQUEST");
        assertRefused(admin.postJson(RUNS, "{\"regime\": \"X\", \"period\": \"2026-01\", \"pause\": \"2h\"}"), 400, "INVALID_REQUEST");
        assertRefused(admin.get(RUNS + "/987654321"), 404, "UNKNOWN_JOB_RUN");
        // A retention run's execution id is not a pre-fill run's.
        HubResponse retention = admin.postJson("/api/v1/admin/retention/runs", "{\"categories\": [\"9.none\"]}");
        assertThat(retention.status()).as("%s", retention).isEqualTo(202);
        assertRefused(admin.get(RUNS + "/" + retention.json().getJsonNumber("executionId")), 404, "UNKNOWN_JOB_RUN");
    }

    private JsonObject start(String regime, String period) {
        HubResponse started = admin.postJson(RUNS, "{\"regime\": \"" + regime + "\", \"period\": \"" + period + "\"}");
        assertThat(started.status()).as("start answered %s", started).isEqualTo(202);
        return started.json();
    }

    private JsonObject finished(JsonObject run) {
        long id = run.getJsonNumber("executionId").longValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonObject now = ok(admin.get(RUNS + "/" + id), "run " + id);
            if (Set.of("COMPLETED", "STOPPED", "FAILED", "ABANDONED").contains(now.getString("batchStatus"))) {
                return now;
            }
            pause(Duration.ofMillis(200));
        }
        throw new AssertionError("Pre-fill run " + id + " did not finish within 90 s");
    }

    private static JsonObject awaitFrozen(AgencyClient reporter, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonObject prefill = ok(reporter.get(path), "prefill");
            if (prefill.getBoolean("frozen")) {
                return prefill;
            }
            pause(Duration.ofMillis(500));
        }
        throw new AssertionError("The schedule did not fix the figures of " + path + " within 60 s");
    }

    private static int figure(JsonObject prefill, String indicator) {
        return prefill.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("indicator").equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " is not in " + prefill))
                .getJsonNumber("value").intValue();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
