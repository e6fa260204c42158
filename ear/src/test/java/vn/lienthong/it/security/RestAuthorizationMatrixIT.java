package vn.lienthong.it.security;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.TestAgencies;

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

    private static final String OWN_SECRET = "secret-of-the-matrix-agency";

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
        AgencyClient ownSecretAgency = TestAgencies.create(OWN_SECRET);

        List<Operation> operations = List.of(
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
                        c -> client(c, sender).get("/api/v1/admin/feedback/sync-failures")),
                // Secrets (issue 13): each agency rotates its own; an administrator sets anyone's. The
                // secret set is the one already in use, so every caller keeps signing in.
                new Operation("rotate its own secret", Set.of(Caller.OWNER, Caller.OTHER_AGENCY),
                        c -> client(c, sender).putJson("/api/v1/secret", "{\"secret\": \"" + Hub.SAMPLE_SECRET + "\"}")),
                new Operation("set an agency's secret", Set.of(Caller.ADMINISTRATOR),
                        c -> client(c, sender).putJson("/api/v1/admin/agencies/" + ownSecretAgency.code() + "/secret",
                                "{\"secret\": \"" + OWN_SECRET + "\"}")));

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
