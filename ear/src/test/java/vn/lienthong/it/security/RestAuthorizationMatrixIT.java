package vn.lienthong.it.security;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST operation against every kind of caller: the agency the document or resource belongs
 * to, another agency, an administrator, and nobody. Exactly the allowed cells succeed; every other
 * cell is refused with 401 (nobody) or 403/404 — never served.
 */
class RestAuthorizationMatrixIT {

    private enum Caller { OWNER, OTHER_AGENCY, ADMINISTRATOR, ANONYMOUS }

    private final AgencyClient sender = Hub.as("000.00.00.G18");
    private final AgencyClient recipient = Hub.as("000.00.01.G18");
    private final AgencyClient other = Hub.as("000.00.02.G18");

    private record Operation(String name, Set<Caller> allowed, Function<Caller, HubResponse> call) {
    }

    @Test
    void exactlyTheAllowedCellsSucceed() {
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        String id = sender.send(document.xml());
        recipient.awaitInInbox(id);
        String otherName = other.get("/api/v1/agencies/" + other.code()).json().getString("name");
        String procedure = defineProcedureHandledBy(sender.code());
        String dossier = onlineDossier(procedure);
        String feedback = feedbackOn(dossier);
        Reporting reporting = reportingOf(sender.code(), recipient.code());

        List<Operation> operations = new ArrayList<>(List.of(
                new Operation("send a document as its sender", Set.of(Caller.OWNER),
                        c -> client(c, sender).postXml("/api/v1/documents",
                                Packages.document(sender.code(), recipient.code()).xml().getBytes(StandardCharsets.UTF_8))),
                new Operation("list the inbox holding the document", Set.of(Caller.OWNER),
                        c -> inboxHolding(client(c, recipient), id)),
                new Operation("fetch the package", Set.of(Caller.OWNER),
                        c -> client(c, recipient).get("/api/v1/inbox/" + id)),
                new Operation("confirm the fetch", Set.of(Caller.OWNER),
                        c -> client(c, recipient).postJson("/api/v1/inbox/" + id + "/ack", "{\"result\":\"failed\",\"reason\":\"test\"}")),
                new Operation("report a status on it", Set.of(Caller.OWNER),
                        c -> client(c, recipient).postXml("/api/v1/statuses",
                                document.status(c == Caller.OWNER ? recipient.code() : other.code(), "01", "Đã đến")
                                        .getBytes(StandardCharsets.UTF_8))),
                new Operation("follow what was sent", Set.of(Caller.OWNER),
                        c -> client(c, sender).get("/api/v1/sent/" + id)),
                new Operation("read its own push endpoint", Set.of(Caller.OWNER, Caller.OTHER_AGENCY),
                        c -> client(c, other).get("/api/v1/push-endpoint")),
                new Operation("read the directory", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/agencies?size=5")),
                new Operation("follow directory changes", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/directory/changes?limit=5")),
                new Operation("get the acceptance receipt", Set.of(Caller.OWNER),
                        c -> client(c, sender).get("/api/v1/receipts/" + id)),
                new Operation("read signature statistics", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/signatures/statistics")),
                new Operation("read an agency's dossier statistics", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, recipient).get("/api/v1/statistics/dossiers?period="
                                + java.time.Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + "&agency=" + recipient.code())),
                new Operation("read the hub certificate", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/hub/certificate")),
                new Operation("read a signature policy", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/admin/signatures/" + other.code() + "/policy")),
                new Operation("list dead pushes", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/admin/push/dead-letters")),
                new Operation("change the directory", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).putJson("/api/v1/admin/agencies/" + other.code() + "/name",
                                "{\"name\":\"" + otherName + "\"}")),
                new Operation("read the procedure catalogue", Set.of(Caller.values()),
                        c -> client(c, sender).get("/api/v1/procedures/" + procedure)),
                new Operation("define a procedure", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).postJson("/api/v1/admin/procedures", procedureJson(uniqueProcedureCode(), sender.code()))),
                new Operation("read a dossier", Set.of(Caller.OWNER),
                        c -> client(c, sender).get("/api/v1/dossiers/" + dossier)),
                new Operation("read a dossier's log", Set.of(Caller.OWNER),
                        c -> client(c, sender).get("/api/v1/dossiers/" + dossier + "/log")),
                new Operation("list its own work", Set.of(Caller.OWNER, Caller.OTHER_AGENCY),
                        c -> client(c, sender).get("/api/v1/dossiers?limit=5")),
                new Operation("accept a dossier", Set.of(Caller.OWNER),
                        c -> client(c, sender).postJson("/api/v1/dossiers/" + dossier + "/accept", "{}")),
                new Operation("look a dossier up by its code", Set.of(Caller.values()),
                        c -> client(c, sender).get("/api/v1/lookup/dossiers/" + dossier)),
                new Operation("list portal-sync failures", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/admin/portal-sync/failures")),
                new Operation("list hand-over failures", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/admin/handovers/failures")),
                new Operation("read a dossier's hand-overs", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/admin/handovers/dossiers/" + dossier)),
                new Operation("read a dossier's portal queue", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/admin/portal-sync/dossiers/" + dossier)),
                new Operation("send citizen feedback", Set.of(Caller.values()),
                        c -> client(c, sender).postJson("/api/v1/public/feedback", feedbackJson(dossier))),
                new Operation("route citizen feedback", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).postJson("/api/v1/admin/feedback/" + feedback + "/route",
                                "{\"agencyCode\": \"" + sender.code() + "\", \"reason\": \"matrix\"}")),
                new Operation("list feedback for routing", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/admin/feedback?state=SUBMITTED")),
                new Operation("read feedback routed to it", Set.of(Caller.OWNER),
                        c -> client(c, sender).get("/api/v1/feedback/" + feedback)),
                new Operation("answer citizen feedback", Set.of(Caller.OWNER),
                        c -> client(c, sender).postJson("/api/v1/feedback/" + feedback + "/answer", "{\"answer\": \"Đã rõ\"}")),
                new Operation("look feedback up by its code", Set.of(Caller.values()),
                        c -> client(c, sender).get("/api/v1/public/feedback/" + feedback)),
                new Operation("list feedback publications that failed", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/admin/feedback/sync-failures"))));
        operations.addAll(reportingOperations(reporting));

        Map<String, String> wrong = new LinkedHashMap<>();
        List<String> table = new ArrayList<>();
        for (Operation operation : operations) {
            StringBuilder row = new StringBuilder(String.format("%-40s", operation.name()));
            for (Caller caller : Caller.values()) {
                HubResponse response = operation.call().apply(caller);
                boolean succeeded = response.status() >= 200 && response.status() < 300;
                boolean refusedProperly = caller == Caller.ANONYMOUS ? response.status() == 401
                        : response.status() == 403 || response.status() == 404;
                row.append(String.format(" %-14s", caller + "=" + response.status()));
                if (operation.allowed().contains(caller) ? !succeeded : !refusedProperly) {
                    wrong.put(operation.name() + " as " + caller, response.toString());
                }
            }
            table.add(row.toString());
        }
        table.forEach(System.out::println);
        assertThat(wrong).as("cells that are not as allowed").isEmpty();
    }

    // ------------------------------------------------------------------ reporting (docs/reporting.md)

    /** A regime issued by the sender in which only the recipient reports (to the sender); one period open, one report in. */
    private record Reporting(String regime, String period, String submission) {
        String periodPath() {
            return "/api/v1/reporting/regimes/" + regime + "/periods/" + period;
        }
    }

    private static String reportingRegimeJson(String code, String issuer, String reporter) {
        return """
                {"code": "%s", "name": "Báo cáo của ma trận phân quyền", "frequency": "MONTH", "issuer": "%s",
                 "reporters": [{"agency": "%s", "recipient": "PARENT", "deadline": {"workingDaysAfterCutOff": 80}}],
                 "indicators": [{"code": "TH01", "name": "Số liệu thử", "unit": "lần", "type": "INTEGER"}]}
                """.formatted(code, issuer, reporter);
    }

    private static Reporting reportingOf(String issuer, String reporter) {
        String regime = "BC-MT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        HubResponse defined = Hub.admin().postJson("/api/v1/admin/reporting/regimes", reportingRegimeJson(regime, issuer, reporter));
        assertThat(defined.status()).as("define the regime %s", defined).isEqualTo(201);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        java.time.YearMonth month = today.getDayOfMonth() >= 15 ? java.time.YearMonth.from(today).plusMonths(1) : java.time.YearMonth.from(today);
        String period = month.toString();
        HubResponse opened = Hub.as(issuer).postJson("/api/v1/reporting/regimes/" + regime + "/periods", "{\"period\": \"" + period + "\"}");
        assertThat(opened.status()).as("open the period %s", opened).isEqualTo(201);
        HubResponse submitted = Hub.as(reporter).postJson("/api/v1/reporting/regimes/" + regime + "/periods/" + period + "/submissions",
                "{\"values\": {\"TH01\": 1}}");
        assertThat(submitted.status()).as("submit %s", submitted).isEqualTo(201);
        return new Reporting(regime, period, submitted.json().getString("id"));
    }

    /** Every reporting operation; those that close and reopen come last, as they change what the others see. */
    private List<Operation> reportingOperations(Reporting r) {
        String base = r.periodPath();
        java.util.concurrent.atomic.AtomicInteger versions = new java.util.concurrent.atomic.AtomicInteger();
        return List.of(
                new Operation("list report regimes", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/reporting/regimes")),
                new Operation("read a report regime", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/reporting/regimes/" + r.regime())),
                new Operation("read a regime's XLSX template", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/reporting/regimes/" + r.regime() + "/template.xlsx")),
                new Operation("define a report regime", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).postJson("/api/v1/admin/reporting/regimes", reportingRegimeJson(
                                "BC-MT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT), sender.code(), recipient.code()))),
                new Operation("import a report regime", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).postJson("/api/v1/admin/reporting/regimes/import", reportingRegimeJson(
                                "BC-MT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT), sender.code(), recipient.code()))),
                new Operation("add a regime version", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).postJson("/api/v1/admin/reporting/regimes/" + r.regime() + "/versions",
                                reportingRegimeJson(r.regime(), sender.code(), recipient.code()).replaceFirst("\\{",
                                        "{\"validFrom\": \"" + java.time.YearMonth.parse(r.period()).plusMonths(1 + versions.getAndIncrement()) + "\", "))),
                new Operation("list a regime's periods", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/reporting/regimes/" + r.regime() + "/periods")),
                new Operation("read a reporting period", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get(base)),
                new Operation("open a reporting period as its issuer", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, sender).postJson("/api/v1/reporting/regimes/" + r.regime() + "/periods",
                                "{\"period\": \"" + java.time.YearMonth.parse(r.period()).minusMonths(1 + c.ordinal()) + "\"}")),
                new Operation("list its reporting obligations", Set.of(Caller.OWNER, Caller.OTHER_AGENCY),
                        c -> client(c, recipient).get("/api/v1/reporting/obligations")),
                new Operation("read a report's obligation", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, recipient).get(base + "/obligations/" + recipient.code())),
                new Operation("read pre-filled figures", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, recipient).get(base + "/prefill?agency=" + recipient.code())),
                new Operation("correct its report", Set.of(Caller.OWNER),
                        c -> client(c, recipient).postJson(base + "/submissions", "{\"values\": {\"TH01\": 2}, \"reason\": \"ma trận\"}")),
                new Operation("read a report's history", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, recipient).get(base + "/obligations/" + recipient.code() + "/submissions")),
                new Operation("read a report submission", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, recipient).get("/api/v1/reporting/submissions/" + r.submission())),
                new Operation("get a report's signed receipt", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, recipient).get("/api/v1/reporting/submissions/" + r.submission() + "/receipt")),
                new Operation("read the aggregate below a recipient", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get(base + "/aggregate?agency=" + sender.code())),
                new Operation("export the aggregate as XLSX", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get(base + "/aggregate.xlsx?agency=" + sender.code())),
                new Operation("export the aggregate as CSV", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get(base + "/aggregate.csv?agency=" + sender.code())),
                new Operation("read an aggregate series", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/reporting/regimes/" + r.regime() + "/series?agency=" + sender.code()
                                + "&from=" + r.period() + "&to=" + r.period())),
                new Operation("read axis statistics of its units", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/reporting/axis-statistics?period=" + r.period() + "&agency=" + sender.code())),
                new Operation("read reporting events", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/reporting/events?limit=5")),
                new Operation("read a regime packet (QCVN 125)", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/reporting/interchange/regimes/" + r.regime())),
                new Operation("read an indicator catalogue (QCVN 125)", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/reporting/interchange/regimes/" + r.regime() + "/indicators")),
                new Operation("read report data (QCVN 125)", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, sender).get("/api/v1/reporting/interchange/report-data?regime=" + r.regime() + "&period="
                                + r.period() + "&agency=" + sender.code())),
                new Operation("read a report's status (QCVN 125)", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, recipient).get("/api/v1/reporting/interchange/report-status?regime=" + r.regime() + "&period="
                                + r.period() + "&agency=" + recipient.code())),
                new Operation("send report data (QCVN 125)", Set.of(Caller.OWNER),
                        c -> client(c, recipient).postJson("/api/v1/reporting/interchange/report-data", """
                                {"messageType": "REPORT_DATA", "regime": "%s", "period": "%s", "agency": "%s",
                                 "values": {"TH01": 3}, "reason": "ma trận"}""".formatted(r.regime(), r.period(), recipient.code()))),
                new Operation("close the reports addressed to it", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, sender).postJson(base + "/close?recipient=" + sender.code(), "")),
                new Operation("reopen a report as its recipient", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, sender).postJson(base + "/obligations/" + recipient.code() + "/reopen", "{\"reason\": \"ma trận\"}")));
    }

    /**
     * The owner of a resource, another agency (which signs in fine but does not own it), an
     * administrator, or nobody. For "other agency" the request is made as {@link #other}, except
     * where {@code owner} is already {@code other}, in which case the sender plays "other".
     */
    private AgencyClient client(Caller caller, AgencyClient owner) {
        return switch (caller) {
            case OWNER -> owner;
            case OTHER_AGENCY -> owner == other ? sender : other;
            case ADMINISTRATOR -> Hub.admin();
            case ANONYMOUS -> Hub.anonymous();
        };
    }

    private static String uniqueProcedureCode() {
        return "T.M" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String procedureJson(String code, String handler) {
        return """
                {"code": "%s", "name": "Thủ tục của ma trận phân quyền", "fieldCode": "TN", "fieldName": "Thử nghiệm",
                 "handlingAgencies": ["%s"], "papers": [], "fees": [],
                 "processingTime": {"amount": 3, "unit": "WORKING_DAYS"},
                 "pauseAllowed": false, "pauseEffect": "EXTEND", "extensionAllowed": false,
                 "steps": [{"name": "Giải quyết"}]}
                """.formatted(code, handler);
    }

    private static String defineProcedureHandledBy(String agency) {
        String code = uniqueProcedureCode();
        HubResponse created = Hub.admin().postJson("/api/v1/admin/procedures", procedureJson(code, agency));
        assertThat(created.status()).as("define %s", created).isEqualTo(201);
        return code;
    }

    /** Submitted online, so that its receiving agency can accept it once. */
    private String onlineDossier(String procedure) {
        HubResponse intake = sender.postJson("/api/v1/dossiers", """
                {"procedureCode": "%s", "channel": 2, "applicant": {"name": "Nguyễn Văn Ma Trận"}}""".formatted(procedure));
        assertThat(intake.status()).as("intake %s", intake).isEqualTo(201);
        return intake.json().getString("code");
    }

    private static String feedbackJson(String dossier) {
        return """
                {"kind": "COMPLAINT", "title": "Ma trận", "content": "Câu hỏi", "dossierCode": "%s",
                 "sender": {"name": "Nguyễn Văn Ma Trận", "phone": "0900000000"}}""".formatted(dossier);
    }

    /** Routed to the dossier's receiving agency, the sender. */
    private static String feedbackOn(String dossier) {
        HubResponse submitted = Hub.anonymous().postJson("/api/v1/public/feedback", feedbackJson(dossier));
        assertThat(submitted.status()).as("feedback %s", submitted).isEqualTo(201);
        return submitted.json().getString("code");
    }

    /** Succeeds only if the caller's own inbox listing contains the document: 404 when it does not. */
    private static HubResponse inboxHolding(AgencyClient client, String id) {
        HubResponse list = client.get("/api/v1/inbox?includeFetched=true&limit=500");
        if (list.status() != 200 || list.text().contains(id)) {
            return list;
        }
        return new HubResponse(404, list.headers(), list.body());
    }
}
