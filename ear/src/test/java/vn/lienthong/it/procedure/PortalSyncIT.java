package vn.lienthong.it.procedure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.procedure.portal.PortalClient;
import vn.lienthong.procedure.portal.PortalException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.it.procedure.Procedures.FINANCE;
import static vn.lienthong.it.procedure.Procedures.LAND_OFFICE;
import static vn.lienthong.it.procedure.Procedures.actOk;
import static vn.lienthong.it.procedure.Procedures.intake;

/**
 * Synchronisation with the national portal: every change of a dossier reaches a stand-in portal
 * on loopback (the server's {@code lienthong.portal.url} points at the port the build reserved)
 * in order, through expiring sessions, 500s and answers slower than the hub's timeout; a change
 * that uses up its attempts is listed for administrators and re-driven by them.
 */
class PortalSyncIT {

    private static StandInPortal portal;

    @BeforeAll
    static void portalAndHubAreUp() throws IOException {
        // Sessions last 5 calls, every 7th call answers 500, every 11th answers after the hub's 1 s timeout.
        portal = new StandInPortal(Integer.getInteger("it.portal.port"), 5, 7, 11, Duration.ofMillis(1500));
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    private final String procedure = Procedures.defineLandProcedure(LAND_OFFICE);

    @Test
    void everyChangeOfADossierAcrossTwoAgenciesReachesThePortalInOrderThroughItsFaults() {
        String code = intake(LAND_OFFICE, procedure, 1).getString("code");
        assertThat(actOk(LAND_OFFICE, code, "complete-step", "{}").getString("state")).isEqualTo("INTEROPERATING");
        JsonObject handOver = InterAgencyStepIT.awaitHandOver(code);
        HubResponse completed = Hub.as(FINANCE).report(InterAgencyStepIT.status(handOver, "06", "Đã xác định nghĩa vụ tài chính"));
        assertThat(completed.status()).as("%s", completed).isEqualTo(201);
        awaitState(code, "PROCESSING");
        actOk(LAND_OFFICE, code, "request-supplement", "{\"reason\": \"Thiếu biên lai nộp thuế\"}");
        actOk(LAND_OFFICE, code, "resubmit", "{}");
        actOk(LAND_OFFICE, code, "complete-step", "{}");
        assertThat(actOk(LAND_OFFICE, code, "return-result", "{\"note\": \"Đã trao giấy chứng nhận\"}")
                .getString("state")).isEqualTo("RETURNED");

        List<JsonObject> queue = awaitQueue(code, rows -> rows.size() == 7
                && rows.stream().allMatch(r -> r.getString("state").equals("SENT")), Duration.ofSeconds(90));

        // received 2, interoperating 4, processing 4, supplement 5, processing 4, finished 9, returned 10
        assertThat(portal.statusHistory(code)).containsExactly(2, 4, 5, 4, 9, 10);
        List<JsonObject> steps = portal.steps(code);
        assertThat(steps).extracting(s -> s.getInt("SoThuTu")).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(steps).extracting(s -> s.getInt("TrangThai")).containsExactly(2, 4, 4, 5, 4, 9, 10);
        assertThat(steps).extracting(s -> s.getString("NoiDungXuLy").split(":")[0]).containsExactly("intake",
                "complete-step", "complete-step", "request-supplement", "resubmit", "complete-step", "return-result");
        assertThat(steps.get(2).getString("PhongBanXuLy")).isEqualTo(FINANCE);
        assertThat(steps.get(3).getString("NoiDungXuLy")).contains("Thiếu biên lai nộp thuế");
        JsonObject record = portal.dossier(code).orElseThrow();
        assertThat(record.getInt("TrangThaiHoSo")).isEqualTo(10);
        assertThat(record.getString("MaTTHC")).isEqualTo(procedure);
        assertThat(record.getString("NgayTra")).matches("\\d{14}");
        assertThat(record.getString("DonViXuLy")).isEqualTo(LAND_OFFICE);

        // It got there through the portal's faults, by retrying.
        assertThat(portal.errors()).isPositive();
        assertThat(portal.slowAnswers()).isPositive();
        assertThat(portal.expiredSessions()).isPositive();
        assertThat(queue.stream().mapToInt(r -> r.getInt("attempts")).sum()).isGreaterThan(queue.size());
    }

    @Test
    void aChangeThatUsesUpItsAttemptsIsListedAsFailedAndAnAdministratorReDrivesIt() {
        portal.down(true);
        String code;
        try {
            code = intake(LAND_OFFICE, procedure, 1).getString("code");
            // Backoff 200ms..3200ms in the tests: six attempts, then FAILED.
            awaitQueue(code, rows -> rows.size() == 1 && rows.get(0).getString("state").equals("FAILED"), Duration.ofSeconds(60));
        } finally {
            portal.down(false);
        }
        JsonObject failure = failures().stream().filter(f -> f.getString("dossierCode").equals(code)).findFirst().orElseThrow();
        assertThat(failure.getInt("seq")).isEqualTo(1);
        assertThat(failure.getInt("attempts")).isEqualTo(6);
        assertThat(failure.getString("lastError")).contains("503");
        assertThat(portal.dossier(code)).isEmpty();

        // A later change waits behind the failed one, so the portal never sees statuses out of order.
        actOk(LAND_OFFICE, code, "complete-step", "{}");
        pause(Duration.ofSeconds(2));
        assertThat(portal.dossier(code)).isEmpty();

        assertThat(Hub.as(LAND_OFFICE).postJson("/api/v1/admin/portal-sync/failures/" + code + "/1/retry", "").status())
                .as("agencies may not re-drive").isIn(401, 403);
        HubResponse retried = Hub.admin().postJson("/api/v1/admin/portal-sync/failures/" + code + "/1/retry", "");
        assertThat(retried.status()).as("%s", retried).isEqualTo(200);
        assertThat(retried.json().getString("state")).isEqualTo("PENDING");

        awaitQueue(code, rows -> rows.size() == 2 && rows.stream().allMatch(r -> r.getString("state").equals("SENT")), Duration.ofSeconds(60));
        assertThat(portal.statusHistory(code)).containsExactly(2, 4);
        assertThat(failures()).noneMatch(f -> f.getString("dossierCode").equals(code));

        HubResponse again = Hub.admin().postJson("/api/v1/admin/portal-sync/failures/" + code + "/1/retry", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("PORTAL_SYNC_NOT_FAILED");
        assertThat(Hub.admin().postJson("/api/v1/admin/portal-sync/failures/" + code + "/99/retry", "").status()).isEqualTo(404);
    }

    @Test
    void reconciliationListsDossiersWhoseStatusAtThePortalDriftedAndSendsThemAgain() {
        String drifted = intake(LAND_OFFICE, procedure, 1).getString("code");
        String lost = intake(LAND_OFFICE, procedure, 1).getString("code");
        Predicate<List<JsonObject>> sent = rows -> rows.size() == 1 && rows.get(0).getString("state").equals("SENT");
        awaitQueue(drifted, sent, Duration.ofSeconds(60));
        awaitQueue(lost, sent, Duration.ofSeconds(60));
        portal.drift(drifted, 4);
        portal.forget(lost);

        // The two are the most recently changed dossiers: a small limit keeps the report to a few look-ups.
        List<JsonObject> report = awaitReconciliation(r -> listed(r, drifted) && listed(r, lost));
        JsonObject entry = report.stream().filter(d -> d.getString("dossierCode").equals(drifted)).findFirst().orElseThrow();
        assertThat(entry.getInt("hubStatus")).isEqualTo(2);
        assertThat(entry.getString("queue")).isEqualTo("SENT");

        HubResponse resent = Hub.admin().postJson("/api/v1/admin/portal-sync/reconciliation?limit=10", "");
        assertThat(resent.status()).as("%s", resent).isEqualTo(200);
        assertThat(resent.text()).contains(drifted).contains(lost);

        awaitQueue(drifted, sent, Duration.ofSeconds(60));
        awaitQueue(lost, sent, Duration.ofSeconds(60));
        assertThat(portal.dossier(drifted).orElseThrow().getInt("TrangThaiHoSo")).isEqualTo(2);
        assertThat(portal.dossier(lost).orElseThrow().getInt("TrangThaiHoSo")).isEqualTo(2);
        awaitReconciliation(r -> r.stream().noneMatch(d -> d.getString("dossierCode").equals(drifted) || d.getString("dossierCode").equals(lost)));
    }

    /** The portal's own faults may turn a look-up into a listed error; the report is asked again until it settles. */
    private static List<JsonObject> awaitReconciliation(Predicate<List<JsonObject>> done) {
        Instant deadline = Instant.now().plusSeconds(60);
        List<JsonObject> report = List.of();
        while (Instant.now().isBefore(deadline)) {
            HubResponse response = Hub.admin().get("/api/v1/admin/portal-sync/reconciliation?limit=10");
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            report = array(response.text());
            if (done.test(report)) {
                return report;
            }
            pause(Duration.ofMillis(500));
        }
        throw new AssertionError("The reconciliation report did not settle: " + report);
    }

    private static boolean listed(List<JsonObject> report, String code) {
        return report.stream().anyMatch(d -> d.getString("dossierCode").equals(code)
                && (!d.containsKey("portalError") || d.isNull("portalError")));
    }

    /** The client on its own, against a second stand-in without scheduled faults. */
    @Test
    void theClientRenewsExpiredSessionsAndTreatsAlreadyExistsAsAnUpdate() throws IOException {
        try (StandInPortal lagging = new StandInPortal(0, 2, Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ZERO)) {
            lagging.lookUpLag(Duration.ofMinutes(5));
            PortalClient client = new PortalClient(URI.create("http://localhost:" + lagging.port() + "/portal/"),
                    StandInPortal.USER, StandInPortal.PASSWORD, Duration.ofSeconds(5));

            client.send(change("T-260101-0001", 1, 2));
            client.send(change("T-260101-0001", 2, 4));

            assertThat(lagging.alreadyExistsAnswers()).isEqualTo(1);
            assertThat(lagging.dossier("T-260101-0001").orElseThrow().getInt("TrangThaiHoSo")).isEqualTo(4);
            assertThat(lagging.statusHistory("T-260101-0001")).containsExactly(2, 4);
            assertThat(lagging.steps("T-260101-0001")).extracting(s -> s.getInt("SoThuTu")).containsExactly(1, 2);
            assertThat(lagging.expiredSessions()).isPositive();
            assertThat(lagging.logIns()).isEqualTo(lagging.expiredSessions() + 1);

            PortalClient wrongPassword = new PortalClient(URI.create("http://localhost:" + lagging.port() + "/portal/"),
                    StandInPortal.USER, "wrong", Duration.ofSeconds(5));
            assertThatThrownBy(() -> wrongPassword.send(change("T-260101-0002", 1, 2)))
                    .isInstanceOf(PortalException.class).hasMessageContaining("log in").hasMessageContaining("403");
        }
    }

    private static JsonObject change(String code, int seq, int status) {
        return Json.createObjectBuilder()
                .add("HoSo", Json.createObjectBuilder().add("MaHoSo", code).add("TrangThaiHoSo", status))
                .add("BuocXuLy", Json.createObjectBuilder().add("MaHoSo", code).add("SoThuTu", seq).add("TrangThai", status))
                .build();
    }

    private static List<JsonObject> failures() {
        HubResponse response = Hub.admin().get("/api/v1/admin/portal-sync/failures?limit=500");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return array(response.text());
    }

    private static List<JsonObject> awaitQueue(String code, Predicate<List<JsonObject>> done, Duration within) {
        Instant deadline = Instant.now().plus(within);
        List<JsonObject> rows = List.of();
        while (Instant.now().isBefore(deadline)) {
            HubResponse response = Hub.admin().get("/api/v1/admin/portal-sync/dossiers/" + code);
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            rows = array(response.text());
            if (done.test(rows)) {
                return rows;
            }
            pause(Duration.ofMillis(250));
        }
        throw new AssertionError("The portal queue of " + code + " did not settle within " + within + ": " + rows);
    }

    private static void awaitState(String code, String state) {
        Instant deadline = Instant.now().plusSeconds(30);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Hub.as(LAND_OFFICE).get("/api/v1/dossiers/" + code).json().getString("state");
            if (state.equals(last)) {
                return;
            }
            pause(Duration.ofMillis(200));
        }
        throw new AssertionError("Dossier " + code + " did not become " + state + " but stayed " + last);
    }

    private static List<JsonObject> array(String text) {
        return Json.createReader(new StringReader(text)).readArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
