package vn.lienthong.it.container;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.catalogue.ProcedureJsonFormat;
import vn.lienthong.procedure.dossier.ActionRequest;
import vn.lienthong.procedure.dossier.Applicant;
import vn.lienthong.procedure.dossier.Channel;
import vn.lienthong.procedure.dossier.DossierAction;
import vn.lienthong.procedure.dossier.DossierService;
import vn.lienthong.procedure.dossier.DossierView;
import vn.lienthong.procedure.dossier.IntakeRequest;
import vn.lienthong.procedure.dossier.Timeliness;
import vn.lienthong.procedure.statistics.DossierStatistics;
import vn.lienthong.procedure.statistics.OneStopCounts;
import vn.lienthong.procedure.statistics.ReportingPeriod;
import vn.lienthong.procedure.statistics.StatisticsGrouping;
import vn.lienthong.procedure.statistics.StatisticsReport;

import javax.sql.DataSource;
import java.io.File;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics outcomes that need days to pass: results returned late and on time, dossiers
 * overdue, carried over from an earlier period, and a past period's figures taken at its end
 * although the dossiers changed since. The dossiers go through the real services; "days passing"
 * is done by moving a dossier's whole history back (every time of the dossier, its intervals and
 * its log, by the same number of days) in the database, between two actions. Runs inside the
 * container (Arquillian) because that is where the embedded default's database can be reached.
 */
@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
class DossierStatisticsTimeIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AgencyCode LAND_OFFICE = AgencyCode.of("000.00.10.H20");

    @Deployment
    static EnterpriseArchive application() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("arquillian.ear", "target/lienthong.ear")));
        WebArchive web = ear.getAsType(WebArchive.class, "lienthong-web.war");
        web.addClass(DossierStatisticsTimeIT.class);
        web.addAsWebInfResource(new StringAsset("""
                <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.0"><context-root uri="/"/></web-ext>
                """), "ibm-web-ext.xml");
        return ear;
    }

    @EJB
    DossierService dossiers;

    @EJB
    DossierStatistics statistics;

    @EJB
    ProcedureCatalogue catalogue;

    @Resource(lookup = "jdbc/lienthong")
    DataSource dataSource;

    @Test
    void lateOnTimeOverdueAndCarriedOverInTheRunningPeriodAndAPastPeriodAsItsEndSawIt() throws SQLException {
        String procedure = defineProcedure();
        LocalDate today = LocalDate.now(VIETNAM);

        // Received 20 days ago, result returned today: late.
        String late = intake(procedure);
        moveBack(late, 20);
        act(late, DossierAction.COMPLETE_STEP, ActionRequest.empty());
        assertEquals(Timeliness.LATE, Timeliness.valueOf(act(late, DossierAction.RETURN_RESULT, ActionRequest.empty()).timeliness()));

        // Received 20 days ago, still being processed: overdue.
        String overdue = intake(procedure);
        moveBack(overdue, 20);

        // Received so that it is due today, result returned today (after the due hour or not): on time.
        String onTime = intake(procedure);
        DossierView fresh = dossiers.get(onTime, LAND_OFFICE);
        moveBack(onTime, (int) ChronoUnit.DAYS.between(today, fresh.dueAt().atZoneSameInstant(VIETNAM).toLocalDate()));
        act(onTime, DossierAction.COMPLETE_STEP, ActionRequest.empty());
        assertEquals(Timeliness.ON_TIME, Timeliness.valueOf(act(onTime, DossierAction.RETURN_RESULT, ActionRequest.empty()).timeliness()));

        // Received 20 days ago and overdue then; extended today, so within its (new) deadline now.
        String extended = intake(procedure);
        moveBack(extended, 20);
        act(extended, DossierAction.EXTEND, new ActionRequest("Cần xác minh thực địa", "Kính gửi ông/bà lời xin lỗi", 30, null, null));

        // Paused for a supplement 20 days ago, resubmitted today: the pause pushed the due date along.
        String resubmitted = intake(procedure);
        act(resubmitted, DossierAction.REQUEST_SUPPLEMENT, new ActionRequest("Thiếu bản sao giấy tờ", null, null, null, null));
        moveBack(resubmitted, 20);
        act(resubmitted, DossierAction.RESUBMIT, ActionRequest.empty());

        // Received and returned today, long before its due day: early.
        String early = intake(procedure);
        act(early, DossierAction.COMPLETE_STEP, ActionRequest.empty());
        act(early, DossierAction.RETURN_RESULT, ActionRequest.empty());

        // The running period: the last ten days, figures as of now.
        ReportingPeriod running = ReportingPeriod.between(today.minusDays(10).toString(), today.toString());
        OneStopCounts now = counts(running, procedure);
        assertEquals(4, now.carriedOver(), "late, overdue, extended and resubmitted came from before the period");
        assertEquals(2, now.receivedInPerson(), "on time and early");
        assertEquals(1, now.resolvedEarly());
        assertEquals(1, now.resolvedOnTime());
        assertEquals(1, now.resolvedLate());
        assertEquals(1, now.inProgressOverdue());
        assertEquals(2, now.inProgressOnTime(), "extended and resubmitted");
        assertEquals(0, now.pausedSupplement());
        assertEquals("66.67", now.onTimeRate().percent().toPlainString());
        assertTrue(now.balances(), now.toString());

        // A past period holding the day they were received: figures as they stood at its end.
        ReportingPeriod past = ReportingPeriod.between(today.minusDays(30).toString(), today.minusDays(10).toString());
        OneStopCounts then = counts(past, procedure);
        assertEquals(0, then.carriedOver());
        assertEquals(4, then.receivedInPerson(), "late, overdue, extended and resubmitted");
        assertEquals(0, then.resolved(), "nothing was returned yet");
        assertEquals(3, then.inProgressOverdue(), "late, overdue, and extended: its extension came after the period");
        assertEquals(0, then.inProgressOnTime());
        assertEquals(1, then.pausedSupplement(), "resubmitted was still waiting for papers");
        assertEquals("100.00", then.onTimeRate().percent().toPlainString());
        assertTrue(then.balances(), then.toString());
    }

    private OneStopCounts counts(ReportingPeriod period, String procedure) {
        StatisticsReport report = statistics.report(period, StatisticsGrouping.PROCEDURE, Optional.of(LAND_OFFICE),
                Optional.of(procedure));
        assertEquals(1, report.rows().size(), report.toString());
        assertEquals(procedure, report.rows().get(0).key());
        return report.total();
    }

    private String intake(String procedure) {
        return dossiers.intake(LAND_OFFICE, new IntakeRequest(procedure, Channel.IN_PERSON,
                new Applicant("Trần Thị Bình", "087190001234", null, null, "0912345678"), "Thử nghiệm thống kê",
                List.of(), "Nguyễn Văn An"), "test").code();
    }

    private DossierView act(String code, DossierAction action, ActionRequest request) {
        return dossiers.act(code, action, request, LAND_OFFICE, "test");
    }

    /** As if everything that happened to the dossier so far had happened {@code days} days earlier. */
    private void moveBack(String code, int days) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            update(c, code, days, "dossier", "code", "registered_at", "received_at", "due_at", "paused_since",
                    "finished_at", "returned_at", "closed_at", "updated_at");
            update(c, code, days, "dossier_interval", "dossier_code", "started_at", "ended_at", "due_before", "due_after");
            update(c, code, days, "dossier_event", "dossier_code", "occurred_at", "due_at");
        }
    }

    private static void update(Connection c, String code, int days, String table, String key, String... columns)
            throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(columns[i])
                    .append(" = {fn TIMESTAMPADD(SQL_TSI_DAY, ").append(-days).append(", ").append(columns[i]).append(")}");
        }
        sql.append(" WHERE ").append(key).append(" = ?");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            s.setString(1, code);
            s.executeUpdate();
        }
    }

    /** One step of the land office, 2 working days, pausing and extension allowed; this test's own. */
    private String defineProcedure() {
        String code = "T." + UUID.randomUUID().toString().substring(0, 8);
        catalogue.define(ProcedureJsonFormat.read(Json.createReader(new StringReader("""
                {"code": "%s", "name": "Thủ tục thử nghiệm thống kê theo thời gian", "fieldCode": "TK", "fieldName": "Thống kê",
                 "handlingAgencies": ["%s"],
                 "papers": [{"name": "Đơn đề nghị", "originals": 1, "copies": 0}],
                 "fees": [],
                 "processingTime": {"amount": 2, "unit": "WORKING_DAYS"},
                 "pauseAllowed": true, "pauseEffect": "EXTEND", "extensionAllowed": true,
                 "steps": [{"name": "Thụ lý và phê duyệt"}]}
                """.formatted(code, LAND_OFFICE.value()))).readObject()), "test");
        return code;
    }
}
