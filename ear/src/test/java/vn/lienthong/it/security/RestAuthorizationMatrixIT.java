package vn.lienthong.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.DeployedRestOperations;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.MultipartMixed;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.PushReceiver;
import vn.lienthong.it.support.TestAgencies;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST operation against every kind of caller: the agency the document or resource belongs
 * to, another agency, an administrator, and nobody. Exactly the allowed cells succeed; every other
 * cell is refused with 401 (nobody) or 403/404 — never served. One row per operation the built
 * application deploys: {@link #everyDeployedRestOperationHasARow} reads them from the EAR and fails
 * when one has no row, so a new endpoint cannot ship without its authorisation being decided here.
 */
class RestAuthorizationMatrixIT {

    private enum Caller { OWNER, OTHER_AGENCY, ADMINISTRATOR, ANONYMOUS }

    private static final Set<Caller> AGENCIES = Set.of(Caller.OWNER, Caller.OTHER_AGENCY);
    private static final Set<Caller> READERS = Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR);
    private static final Set<Caller> EVERYONE = Set.of(Caller.values());
    private static final Set<Caller> OWNER = Set.of(Caller.OWNER);
    private static final Set<Caller> ADMIN = Set.of(Caller.ADMINISTRATOR);
    private static final Set<Caller> OWNER_OR_ADMIN = Set.of(Caller.OWNER, Caller.ADMINISTRATOR);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String OWN_SECRET = "secret-of-the-matrix-agency";
    /** A federation peer only this matrix registers (and removes again). */
    private static final String PEER = "000.00.97.H41";

    private final AgencyClient sender = Hub.as("000.00.00.G18");
    private final AgencyClient recipient = Hub.as("000.00.01.G18");
    private final AgencyClient other = Hub.as("000.00.02.G18");
    /** The retention category of this run's packages for the retention rows (a TypeDetail no other test uses). */
    private static final String RETENTION_CATEGORY = "1.M" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    /** Receives pushes that fail, for the dead-letter rows; used by no other row. */
    private final AgencyClient pushed = Hub.as("000.00.03.G18");

    /**
     * @param route      the operation as deployed, {@code METHOD /api/v1/...}
     * @param refusedAlso statuses that also count as a proper refusal for this operation, besides
     *                   401 (nobody) and 403/404 (everyone else)
     */
    private record Operation(String route, String name, Set<Caller> allowed, Set<Integer> refusedAlso,
                             Function<Caller, HubResponse> call) {

        Operation(String route, String name, Set<Caller> allowed, Function<Caller, HubResponse> call) {
            this(route, name, allowed, Set.of(), call);
        }
    }

    @Test
    void exactlyTheAllowedCellsSucceed() {
        PushReceiver failingEndpoint = new PushReceiver();
        try {
            Fixtures f = new Fixtures(failingEndpoint);
            Map<String, String> wrong = new LinkedHashMap<>();
            List<String> table = new ArrayList<>();
            for (Operation operation : operations(f)) {
                StringBuilder row = new StringBuilder(String.format("%-58s", operation.route()));
                for (Caller caller : Caller.values()) {
                    HubResponse response = operation.call().apply(caller);
                    boolean succeeded = response.status() >= 200 && response.status() < 300;
                    boolean refusedProperly = caller == Caller.ANONYMOUS ? response.status() == 401
                            : response.status() == 403 || response.status() == 404
                            || operation.refusedAlso().contains(response.status());
                    row.append(String.format(" %-18s", caller + "=" + response.status()));
                    if (operation.allowed().contains(caller) ? !succeeded : !refusedProperly) {
                        wrong.put(operation.route() + " (" + operation.name() + ") as " + caller, response.toString());
                    }
                }
                table.add(row.toString());
            }
            table.forEach(System.out::println);
            assertThat(wrong).as("cells that are not as allowed").isEmpty();
        } finally {
            pushed.delete("/api/v1/push-endpoint");
            failingEndpoint.close();
            Hub.admin().delete("/api/v1/admin/retention/rules/" + RETENTION_CATEGORY);
        }
    }

    @Test
    void everyDeployedRestOperationHasARow() {
        Set<String> deployed = DeployedRestOperations.of(Path.of(System.getProperty("arquillian.ear", "target/lienthong.ear")));
        List<Operation> rows = operations(null);
        Map<String, Long> rowsPerOperation = rows.stream()
                .collect(Collectors.groupingBy(o -> DeployedRestOperations.operation(o.route()), Collectors.counting()));

        Set<String> withoutRow = new TreeSet<>(deployed);
        withoutRow.removeAll(rowsPerOperation.keySet());
        Set<String> notDeployed = new TreeSet<>(rowsPerOperation.keySet());
        notDeployed.removeAll(deployed);

        assertThat(deployed).as("the web module's resources were found").hasSizeGreaterThan(70);
        assertThat(withoutRow).as("deployed operations without a row in this matrix").isEmpty();
        assertThat(notDeployed).as("rows for operations the application does not deploy").isEmpty();
        assertThat(rowsPerOperation).as("operations with more than one row").allSatisfy((op, n) -> assertThat(n).as(op).isEqualTo(1));
    }

    /**
     * A batch call's answer for its single item: the item's problem status where it was refused, so
     * the cell reads as the single call's would; the whole answer otherwise.
     */
    private static HubResponse firstItem(HubResponse response) {
        if (response.status() != 200) {
            return response;
        }
        String type = response.header("Content-Type");
        if (type != null && type.startsWith("multipart/mixed")) {
            MultipartMixed.Part part = MultipartMixed.parse(response).get(0);
            return "application/problem+json".equals(part.header("Content-Type"))
                    ? new HubResponse(part.json().getInt("status"), response.headers(), part.body()) : response;
        }
        JsonObject result = response.json().getJsonArray("results").getJsonObject(0);
        return result.containsKey("problem")
                ? new HubResponse(result.getJsonObject("problem").getInt("status"), response.headers(),
                        result.getJsonObject("problem").toString().getBytes(StandardCharsets.UTF_8))
                : response;
    }

    /** The rows, in the order they run (some build on earlier ones: answer before publish, withdraw before reinstate). */
    private List<Operation> operations(Fixtures f) {
        List<Operation> operations = new ArrayList<>(List.of(
                // Exchange: sending, receiving, following.
                new Operation("POST /api/v1/documents", "send a document as its sender", OWNER,
                        c -> client(c, sender).postXml("/api/v1/documents",
                                Packages.document(sender.code(), recipient.code()).xml().getBytes(StandardCharsets.UTF_8))),
                new Operation("GET /api/v1/inbox", "list the inbox holding the document", OWNER,
                        c -> listHolding(client(c, recipient), "/api/v1/inbox?includeFetched=true&limit=500", f.id)),
                new Operation("GET /api/v1/inbox/{documentId}", "fetch the package", OWNER,
                        c -> client(c, recipient).get("/api/v1/inbox/" + f.id)),
                new Operation("POST /api/v1/inbox/{documentId}/ack", "confirm the fetch", OWNER,
                        c -> client(c, recipient).postJson("/api/v1/inbox/" + f.id + "/ack", "{\"result\":\"failed\",\"reason\":\"test\"}")),
                new Operation("POST /api/v1/statuses", "report a status on it", OWNER,
                        c -> client(c, recipient).postXml("/api/v1/statuses",
                                f.document.status(c == Caller.OWNER ? recipient.code() : other.code(), "01", "Đã đến")
                                        .getBytes(StandardCharsets.UTF_8))),
                // Batch calls answer 200 with one result per item; the cell is that item's answer.
                new Operation("GET /api/v1/inbox/packages", "fetch several packages", OWNER,
                        c -> firstItem(client(c, recipient).get("/api/v1/inbox/packages?id=" + f.id))),
                new Operation("POST /api/v1/inbox/acks", "confirm several fetches", OWNER,
                        c -> firstItem(client(c, recipient).postJson("/api/v1/inbox/acks", "{\"acknowledgements\":[{\"documentId\":\""
                                + f.id + "\",\"result\":\"failed\",\"reason\":\"test\"}]}"))),
                new Operation("POST /api/v1/statuses/batch", "report several statuses on it", OWNER,
                        c -> firstItem(client(c, recipient).reportMany(List.of(
                                f.document.status(c == Caller.OWNER ? recipient.code() : other.code(), "01", "Đã đến"))))),
                new Operation("GET /api/v1/sent", "list what it sent", OWNER,
                        c -> listHolding(client(c, sender), "/api/v1/sent?limit=500", f.id)),
                new Operation("GET /api/v1/sent/{documentId}", "follow what was sent", OWNER,
                        c -> client(c, sender).get("/api/v1/sent/" + f.id)),
                new Operation("GET /api/v1/receipts/{documentId}", "get the acceptance receipt", OWNER,
                        c -> client(c, sender).get("/api/v1/receipts/" + f.id)),
                new Operation("GET /api/v1/receipts/{documentId}/deliveries/{recipient}", "get a delivery receipt", OWNER,
                        c -> client(c, sender).get("/api/v1/receipts/" + f.fetchedId + "/deliveries/" + recipient.code())),
                new Operation("GET /api/v1/evidence/{documentId}", "export the evidence bundle of what it sent", OWNER_OR_ADMIN,
                        c -> client(c, sender).get("/api/v1/evidence/" + f.id)),
                new Operation("GET /api/v1/push-endpoint", "read its own push endpoint", AGENCIES,
                        c -> client(c, other).get("/api/v1/push-endpoint")),
                new Operation("PUT /api/v1/push-endpoint", "register its own push endpoint", AGENCIES,
                        c -> client(c, other).putJson("/api/v1/push-endpoint", "{\"url\": \"http://127.0.0.1:9/edoc/inbox\"}")),
                new Operation("DELETE /api/v1/push-endpoint", "stop pushing to it", AGENCIES,
                        c -> client(c, other).delete("/api/v1/push-endpoint")),

                // Directory.
                new Operation("GET /api/v1/agencies", "read the directory", READERS,
                        c -> client(c, sender).get("/api/v1/agencies?size=5")),
                new Operation("GET /api/v1/agencies/{code}", "read one agency", READERS,
                        c -> client(c, sender).get("/api/v1/agencies/" + other.code())),
                new Operation("GET /api/v1/agencies/{code}/names", "read an agency's names", READERS,
                        c -> client(c, sender).get("/api/v1/agencies/" + other.code() + "/names")),
                new Operation("GET /api/v1/directory/changes", "follow directory changes", READERS,
                        c -> client(c, sender).get("/api/v1/directory/changes?limit=5")),
                new Operation("GET /api/v1/directory/snapshot", "take a directory snapshot", READERS,
                        c -> client(c, sender).get("/api/v1/directory/snapshot")),
                new Operation("POST /api/v1/admin/agencies", "add an agency", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/agencies",
                                "{\"code\": \"" + f.unusedCode + "\", \"name\": \"Đơn vị của ma trận phân quyền\"}")),
                new Operation("PUT /api/v1/admin/agencies/{code}/name", "rename an agency", ADMIN,
                        c -> client(c, sender).putJson("/api/v1/admin/agencies/" + other.code() + "/name",
                                "{\"name\":\"" + f.otherName + "\"}")),
                new Operation("PUT /api/v1/admin/agencies/{code}/parent", "move an agency", ADMIN,
                        c -> client(c, sender).putJson("/api/v1/admin/agencies/" + f.agency + "/parent",
                                "{\"parentCode\": \"000.00.00.H41\"}")),
                new Operation("POST /api/v1/admin/agencies/{code}/deactivate", "retire an agency", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/agencies/" + f.toRetire + "/deactivate",
                                "{\"reason\": \"ma trận\"}")),
                new Operation("POST /api/v1/admin/agencies/{code}/merge", "merge an agency", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/agencies/" + f.toMerge + "/merge",
                                "{\"into\": \"" + f.agency + "\", \"reason\": \"ma trận\"}")),
                new Operation("POST /api/v1/admin/agencies/{code}/certificates", "register a client certificate", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/agencies/" + f.agency + "/certificates",
                                Json.createObjectBuilder().add("certificate", f.hubPem).build().toString())),
                new Operation("GET /api/v1/admin/agencies/{code}/certificates", "list client certificates", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/agencies/" + f.agency + "/certificates")),
                new Operation("DELETE /api/v1/admin/agencies/{code}/certificates/{fingerprint}", "remove a client certificate", ADMIN,
                        c -> client(c, sender).delete("/api/v1/admin/agencies/" + f.agency + "/certificates/" + f.hubFingerprint)),
                new Operation("GET /api/v1/admin/agencies/{code}/served-by", "read which hub serves an agency", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/agencies/" + f.ownSecretAgency.code() + "/served-by")),
                new Operation("PUT /api/v1/admin/agencies/{code}/served-by", "reach an agency through a peer hub", ADMIN,
                        c -> client(c, sender).putJson("/api/v1/admin/agencies/" + f.ownSecretAgency.code() + "/served-by",
                                "{\"hub\": \"" + f.agency + "\"}")),
                new Operation("DELETE /api/v1/admin/agencies/{code}/served-by", "serve an agency here again", ADMIN,
                        c -> client(c, sender).delete("/api/v1/admin/agencies/" + f.ownSecretAgency.code() + "/served-by")),
                new Operation("PUT /api/v1/admin/federation/peers/{code}", "say how the axis reaches a platform below it", ADMIN,
                        c -> client(c, sender).putJson("/api/v1/admin/federation/peers/" + PEER, "{\"url\": \"http://127.0.0.1:9/api/v1/\", "
                                + "\"account\": \"000.00.90.G22\", \"secret\": \"matrix-peer-secret\"}")),
                new Operation("GET /api/v1/admin/federation/peers", "list the platforms the axis relays down to", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/federation/peers")),
                new Operation("GET /api/v1/admin/federation/peers/{code}", "read how the axis reaches a platform", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/federation/peers/" + PEER)),
                new Operation("DELETE /api/v1/admin/federation/peers/{code}", "forget a platform below the axis", ADMIN,
                        c -> client(c, sender).delete("/api/v1/admin/federation/peers/" + PEER)),
                new Operation("GET /api/v1/admin/federation/directory", "read how far the upstream's directory is followed", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/federation/directory")),
                new Operation("GET /api/v1/admin/audit", "read the audit log of administrative actions", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/audit?target=" + f.agency)),
                new Operation("GET /api/v1/admin/evidence/chain", "verify the tamper-evident message log", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/evidence/chain")),

                // Signatures.
                new Operation("GET /api/v1/hub/certificate", "read the hub certificate", READERS,
                        c -> client(c, sender).get("/api/v1/hub/certificate")),
                new Operation("GET /api/v1/signatures/statistics", "read signature statistics", READERS,
                        c -> client(c, sender).get("/api/v1/signatures/statistics")),
                new Operation("GET /api/v1/admin/signatures/{code}/policy", "read a signature policy", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/signatures/" + other.code() + "/policy")),
                new Operation("PUT /api/v1/admin/signatures/{code}/policy", "set a signature policy", ADMIN,
                        c -> client(c, sender).putJson("/api/v1/admin/signatures/" + f.agency + "/policy",
                                "{\"mode\": \"REQUIRE_VALID\", \"acceptSha1\": false, \"revocationFailure\": \"SOFT\"}")),
                new Operation("DELETE /api/v1/admin/signatures/{code}/policy", "drop a signature policy", ADMIN,
                        c -> client(c, sender).delete("/api/v1/admin/signatures/" + f.agency + "/policy")),
                new Operation("POST /api/v1/admin/signatures/{code}/signers", "bind signers to an agency", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/signatures/" + f.agency + "/signers",
                                "{\"subjectAttribute\": \"OU=" + f.agency + "\"}")),
                new Operation("GET /api/v1/admin/signatures/{code}/signers", "list signer bindings", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/signatures/" + f.agency + "/signers")),
                new Operation("DELETE /api/v1/admin/signatures/{code}/signers/{id}", "remove a signer binding", ADMIN,
                        c -> client(c, sender).delete("/api/v1/admin/signatures/" + f.agency + "/signers/" + f.signerBinding())),

                // Push administration.
                new Operation("GET /api/v1/admin/push/dead-letters", "list dead pushes", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/push/dead-letters")),
                new Operation("POST /api/v1/admin/push/dead-letters/{documentId}/{recipient}/redrive", "re-drive a dead push", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/push/dead-letters/" + f.deadPush + "/" + pushed.code()
                                + "/redrive", "{}")),
                new Operation("POST /api/v1/admin/push/dead-letters/redrive", "re-drive an agency's dead pushes", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/push/dead-letters/redrive?recipient=" + f.agency, "{}")),

                // Procedures and dossiers.
                new Operation("GET /api/v1/procedures", "list the procedure catalogue", EVERYONE,
                        c -> client(c, sender).get("/api/v1/procedures?size=5")),
                new Operation("GET /api/v1/procedures/{code}", "read the procedure catalogue", EVERYONE,
                        c -> client(c, sender).get("/api/v1/procedures/" + f.procedure)),
                new Operation("POST /api/v1/admin/procedures", "define a procedure", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/procedures", procedureJson(uniqueProcedureCode(), sender.code()))),
                new Operation("GET /api/v1/admin/procedures/{code}", "read a procedure's definition", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/procedures/" + f.procedure)),
                new Operation("PUT /api/v1/admin/procedures/{code}", "redefine a procedure", ADMIN,
                        c -> client(c, sender).putJson("/api/v1/admin/procedures/" + f.procedure, procedureJson(f.procedure, sender.code()))),
                new Operation("POST /api/v1/admin/procedures/{code}/withdraw", "withdraw a procedure", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/procedures/" + f.withdrawable + "/withdraw", "{}")),
                new Operation("POST /api/v1/admin/procedures/{code}/reinstate", "reinstate a procedure", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/procedures/" + f.withdrawable + "/reinstate", "{}")),
                // Another agency does not handle the procedure: the refusal says so (422 NOT_HANDLED_HERE).
                new Operation("POST /api/v1/dossiers", "take in a dossier", OWNER, Set.of(422),
                        c -> client(c, sender).postJson("/api/v1/dossiers", intakeJson(f.procedure))),
                new Operation("GET /api/v1/dossiers", "list its own work", AGENCIES,
                        c -> client(c, sender).get("/api/v1/dossiers?limit=5")),
                new Operation("GET /api/v1/dossiers/{code}", "read a dossier", OWNER,
                        c -> client(c, sender).get("/api/v1/dossiers/" + f.dossier)),
                new Operation("GET /api/v1/dossiers/{code}/log", "read a dossier's log", OWNER,
                        c -> client(c, sender).get("/api/v1/dossiers/" + f.dossier + "/log")),
                new Operation("GET /api/v1/dossiers/{code}/papers/{position}", "download a dossier's paper", OWNER,
                        c -> client(c, sender).get("/api/v1/dossiers/" + f.dossier + "/papers/1")),
                new Operation("POST /api/v1/dossiers/{code}/{action}", "accept a dossier", OWNER,
                        c -> client(c, sender).postJson("/api/v1/dossiers/" + f.dossier + "/accept", "{}")),
                new Operation("GET /api/v1/lookup/dossiers/{code}", "look a dossier up by its receipt", EVERYONE,
                        c -> client(c, sender).get("/api/v1/lookup/dossiers/" + f.dossier + "?key=" + f.dossierKey)),
                new Operation("GET /api/v1/statistics/dossiers", "read an agency's dossier statistics", Set.of(Caller.OWNER, Caller.ADMINISTRATOR),
                        c -> client(c, recipient).get("/api/v1/statistics/dossiers?period="
                                + java.time.Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + "&agency=" + recipient.code())),

                // Portal synchronisation and hand-overs (administrators).
                new Operation("GET /api/v1/admin/portal-sync/failures", "list portal-sync failures", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/portal-sync/failures")),
                new Operation("POST /api/v1/admin/portal-sync/failures/{dossierCode}/{seq}/retry", "re-drive a portal change", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/portal-sync/failures/" + f.dossier + "/1/retry", "{}")),
                new Operation("GET /api/v1/admin/portal-sync/dossiers/{dossierCode}", "read a dossier's portal queue", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/portal-sync/dossiers/" + f.dossier)),
                new Operation("GET /api/v1/admin/portal-sync/reconciliation", "compare with the portal", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/portal-sync/reconciliation?limit=1")),
                new Operation("POST /api/v1/admin/portal-sync/reconciliation", "re-send what the portal lacks", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/portal-sync/reconciliation?limit=1", "{}")),
                new Operation("GET /api/v1/admin/handovers/failures", "list hand-over failures", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/handovers/failures")),
                new Operation("POST /api/v1/admin/handovers/failures/{dossierCode}/{step}/retry", "re-drive a hand-over", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/handovers/failures/" + f.handedOver + "/2/retry", "{}")),
                new Operation("GET /api/v1/admin/handovers/dossiers/{dossierCode}", "read a dossier's hand-overs", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/handovers/dossiers/" + f.dossier)),

                // Citizen feedback.
                new Operation("POST /api/v1/public/feedback", "send citizen feedback", EVERYONE,
                        c -> client(c, sender).postJson("/api/v1/public/feedback", feedbackJson(f.dossier))),
                new Operation("GET /api/v1/public/feedback", "read published answers", EVERYONE,
                        c -> client(c, sender).get("/api/v1/public/feedback?limit=5")),
                new Operation("GET /api/v1/public/feedback/{code}", "look feedback up by its code", EVERYONE,
                        c -> client(c, sender).get("/api/v1/public/feedback/" + f.feedback)),
                new Operation("GET /api/v1/admin/feedback", "list feedback for routing", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/feedback?state=SUBMITTED")),
                new Operation("GET /api/v1/admin/feedback/{code}", "read feedback as an administrator", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/feedback/" + f.feedback)),
                new Operation("GET /api/v1/admin/feedback/{code}/log", "read feedback's log as an administrator", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/feedback/" + f.feedback + "/log")),
                new Operation("POST /api/v1/admin/feedback/{code}/route", "route citizen feedback", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/feedback/" + f.feedback + "/route",
                                "{\"agencyCode\": \"" + sender.code() + "\", \"reason\": \"matrix\"}")),
                new Operation("GET /api/v1/feedback", "list feedback routed to it", AGENCIES,
                        c -> client(c, sender).get("/api/v1/feedback?limit=5")),
                new Operation("GET /api/v1/feedback/{code}", "read feedback routed to it", OWNER,
                        c -> client(c, sender).get("/api/v1/feedback/" + f.feedback)),
                new Operation("GET /api/v1/feedback/{code}/log", "read the log of feedback routed to it", OWNER,
                        c -> client(c, sender).get("/api/v1/feedback/" + f.feedback + "/log")),
                new Operation("POST /api/v1/feedback/{code}/answer", "answer citizen feedback", OWNER,
                        c -> client(c, sender).postJson("/api/v1/feedback/" + f.feedback + "/answer", "{\"answer\": \"Đã rõ\"}")),
                new Operation("POST /api/v1/feedback/{code}/publish", "publish the answer", OWNER,
                        c -> client(c, sender).postJson("/api/v1/feedback/" + f.feedback + "/publish", "{}")),
                new Operation("POST /api/v1/feedback/{code}/give-back", "give feedback back for routing", OWNER,
                        c -> client(c, sender).postJson("/api/v1/feedback/" + f.notOurs + "/give-back", "{\"reason\": \"Không thuộc thẩm quyền\"}")),
                new Operation("GET /api/v1/admin/feedback/sync-failures", "list feedback publications that failed", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/feedback/sync-failures")),
                new Operation("GET /api/v1/admin/feedback/{code}/sync", "read a publication's portal queue", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/feedback/" + f.publication + "/sync")),
                new Operation("POST /api/v1/admin/feedback/{code}/sync/{seq}/retry", "re-drive a publication", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/feedback/" + f.publication + "/sync/" + f.publicationSeq
                                + "/retry", "{}")),
                // The queues' administration (issue 14): every queue in one place. The re-drive row acts on the
                // publication the row above re-drove, once it has failed again.
                new Operation("GET /api/v1/admin/queues", "count every queue's items per state", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/queues")),
                new Operation("GET /api/v1/admin/queues/{queue}/failures", "list a queue's failed items", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/queues/feedback-publication/failures")),
                new Operation("GET /api/v1/admin/queues/{queue}/items", "read the items of one key", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/queues/feedback-publication/items?key=" + f.publication)),
                new Operation("POST /api/v1/admin/queues/{queue}/items/{id}/redrive", "re-drive a queued item", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/queues/feedback-publication/items/"
                                + f.failedPublicationItem() + "/redrive", "{}")),
                // Alerts (issue 17): rules, active alerts and history, for administrators only. The change
                // row switches on a rule that is on already, so it changes nothing any other test sees.
                new Operation("GET /api/v1/admin/alerts", "list the active alerts", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/alerts")),
                new Operation("GET /api/v1/admin/alerts/history", "list alerts active and cleared", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/alerts/history?limit=5")),
                new Operation("GET /api/v1/admin/alerts/rules", "list the alert rules", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/alerts/rules")),
                new Operation("GET /api/v1/admin/alerts/rules/{code}", "read one alert rule", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/alerts/rules/late-reports")),
                new Operation("PUT /api/v1/admin/alerts/rules/{code}", "change an alert rule", ADMIN,
                        c -> client(c, sender).putJson("/api/v1/admin/alerts/rules/late-reports", "{\"enabled\": true}")),
                // Retention (issue 19), for administrators only. The run rows act on a run of this test's own
                // category, slow enough (one package per chunk, a pause after each) to be stopped and restarted.
                new Operation("GET /api/v1/admin/retention/rules", "list the retention rules", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/retention/rules")),
                new Operation("PUT /api/v1/admin/retention/rules/{category}", "set a retention rule", ADMIN,
                        c -> client(c, sender).putJson("/api/v1/admin/retention/rules/" + RETENTION_CATEGORY + "9",
                                "{\"periodDays\": 3650, \"disposal\": \"ARCHIVE\"}")),
                new Operation("DELETE /api/v1/admin/retention/rules/{category}", "remove a retention rule", ADMIN,
                        c -> client(c, sender).delete("/api/v1/admin/retention/rules/" + RETENTION_CATEGORY + "9")),
                new Operation("GET /api/v1/admin/retention/documents/{id}", "read a document's retention state", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/retention/documents/" + f.id)),
                new Operation("PUT /api/v1/admin/retention/documents/{id}/hold", "put a document under legal hold", ADMIN,
                        c -> client(c, sender).putJson("/api/v1/admin/retention/documents/" + f.id + "/hold",
                                "{\"reason\": \"Kiểm tra phân quyền\"}")),
                new Operation("DELETE /api/v1/admin/retention/documents/{id}/hold", "lift a legal hold", ADMIN,
                        c -> client(c, sender).delete("/api/v1/admin/retention/documents/" + f.id + "/hold")),
                new Operation("POST /api/v1/admin/retention/runs", "start a retention run", ADMIN,
                        c -> f.started(client(c, sender).postJson("/api/v1/admin/retention/runs", "{\"categories\": [\""
                                + RETENTION_CATEGORY + "\"], \"itemCount\": 1, \"pause\": \"2s\"}"))),
                new Operation("GET /api/v1/admin/retention/runs/{executionId}", "follow a retention run", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/retention/runs/" + f.retentionRun)),
                new Operation("POST /api/v1/admin/retention/runs/{executionId}/stop", "stop a retention run", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/retention/runs/" + f.retentionRun + "/stop", "{}")),
                new Operation("POST /api/v1/admin/retention/runs/{executionId}/restart", "restart a stopped retention run", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/retention/runs/" + f.stoppedRun(c) + "/restart", "{}")),
                // Secrets (issue 13): each agency rotates its own; an administrator sets anyone's. The
                // secret set is the one already in use, so every caller keeps signing in.
                new Operation("PUT /api/v1/secret", "rotate its own secret", AGENCIES,
                        c -> client(c, sender).putJson("/api/v1/secret", "{\"secret\": \"" + Hub.SAMPLE_SECRET + "\"}")),
                new Operation("PUT /api/v1/admin/agencies/{code}/secret", "set an agency's secret", ADMIN,
                        c -> client(c, sender).putJson("/api/v1/admin/agencies/" + f.ownSecretAgency.code() + "/secret",
                                "{\"secret\": \"" + OWN_SECRET + "\"}"))));
        operations.addAll(reportingOperations(f == null ? null : f.reporting));
        return operations;
    }

    /**
     * What the rows act on, made before they run. Several rows need something that failed (a push, a
     * portal change, a hand-over, a publication) so that an administrator's re-drive succeeds; the
     * servers under test retry within seconds and reach no portal while this test runs, so each
     * fails soon, all of them at the same time.
     */
    private final class Fixtures {
        final Packages.Document document = Packages.document(sender.code(), recipient.code());
        final String id;
        final String fetchedId;
        final String otherName;
        final String procedure;
        final String withdrawable;
        final String dossier;
        final String dossierKey;
        final String handedOver;
        final String feedback;
        final String notOurs;
        final String publication;
        final String agency;
        final String toRetire;
        final String toMerge;
        final String unusedCode;
        final String hubPem;
        final String hubFingerprint;
        final String deadPush;
        final AgencyClient ownSecretAgency = TestAgencies.create(OWN_SECRET);
        final Reporting reporting = reportingOf(sender.code(), recipient.code());
        int publicationSeq;
        /** The retention run the administrator started (the start row), stopped and restarted by the rows after it. */
        long retentionRun;
        private long failedPublicationItem;
        private String signerBinding;

        Fixtures(PushReceiver failingEndpoint) {
            id = sender.send(document.xml());
            // Packages of this test's own retention category, archived by the run the retention rows start.
            assertThat(Hub.admin().putJson("/api/v1/admin/retention/rules/" + RETENTION_CATEGORY,
                    "{\"periodDays\": 0, \"disposal\": \"ARCHIVE\"}").status()).isEqualTo(200);
            for (int i = 0; i < 4; i++) {
                sender.send(Packages.document(sender.code(), recipient.code()).xml().replace("<edXML:Type>1</edXML:Type>",
                        "<edXML:Type>1</edXML:Type><edXML:TypeDetail>" + RETENTION_CATEGORY.substring(2) + "</edXML:TypeDetail>"));
            }
            fetchedId = sender.send(Packages.document(sender.code(), recipient.code()).xml());
            recipient.awaitInInbox(id);
            recipient.awaitInInbox(fetchedId);
            assertThat(recipient.acknowledge(fetchedId, "done", null).status()).isEqualTo(200);
            otherName = other.get("/api/v1/agencies/" + other.code()).json().getString("name");

            failingEndpoint.answerWith(503);
            assertThat(pushed.putJson("/api/v1/push-endpoint", "{\"url\": \"" + failingEndpoint.url() + "\"}").status())
                    .isEqualTo(200);
            deadPush = sender.send(Packages.document(sender.code(), pushed.code()).xml());

            agency = created(freeCode());
            toRetire = created(freeCode());
            toMerge = created(freeCode());
            unusedCode = freeCode();
            String dissolved = created(freeCode());

            procedure = defineProcedure(procedureJson(uniqueProcedureCode(), sender.code()));
            withdrawable = defineProcedure(procedureJson(uniqueProcedureCode(), sender.code()));
            JsonObject online = intake(procedure, 2);
            dossier = online.getString("code");
            dossierKey = online.getString("lookupKey");

            // A hand-over the axis refuses: its step belongs to an agency retired after the definition.
            String twoAgencies = defineProcedure(procedureJson(uniqueProcedureCode(), sender.code(), dissolved));
            assertThat(Hub.admin().postJson("/api/v1/admin/agencies/" + dissolved + "/deactivate", "{\"reason\": \"Giải thể\"}")
                    .status()).isEqualTo(200);
            handedOver = intake(twoAgencies, 1).getString("code");
            assertThat(sender.postJson("/api/v1/dossiers/" + handedOver + "/complete-step", "{}").status()).isEqualTo(200);

            feedback = feedbackOn(dossier);
            notOurs = feedbackOn(dossier);
            publication = feedbackOn(dossier);
            assertThat(sender.postJson("/api/v1/feedback/" + publication + "/answer", "{\"answer\": \"Đã giải quyết\"}").status())
                    .isEqualTo(200);
            assertThat(sender.postJson("/api/v1/feedback/" + publication + "/publish", "{}").status()).isEqualTo(200);

            try {
                byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(
                        new ByteArrayInputStream(Hub.admin().get("/api/v1/hub/certificate").body())).getEncoded();
                hubPem = Hub.admin().get("/api/v1/hub/certificate").text();
                hubFingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }

            awaitAdmin("/api/v1/admin/push/dead-letters?limit=500&recipient=" + pushed.code(),
                    page -> page.contains(deadPush), "the push to fail for good");
            awaitAdmin("/api/v1/admin/portal-sync/dossiers/" + dossier, page -> page.contains("\"FAILED\""),
                    "the dossier's first portal change to fail for good");
            awaitAdmin("/api/v1/admin/handovers/dossiers/" + handedOver, page -> page.contains("\"FAILED\""),
                    "the hand-over to fail for good");
            String sync = awaitAdmin("/api/v1/admin/feedback/" + publication + "/sync", page -> page.contains("\"FAILED\""),
                    "the publication to fail for good");
            publicationSeq = Json.createReader(new StringReader(sync)).readArray().getJsonObject(0).getInt("seq");
        }

        /** Keeps the id of the run an administrator started. */
        HubResponse started(HubResponse answer) {
            if (answer.status() == 202) {
                retentionRun = answer.json().getJsonNumber("executionId").longValue();
            }
            return answer;
        }

        /** The run stopped by the stop row; the administrator's restart waits until it has reached its checkpoint and stopped. */
        long stoppedRun(Caller caller) {
            if (caller == Caller.ADMINISTRATOR) {
                awaitAdmin("/api/v1/admin/retention/runs/" + retentionRun, page -> page.contains("\"STOPPED\""),
                        "the retention run to stop");
            }
            return retentionRun;
        }

        /** The queue item of the publication, once it has FAILED again after the re-drive of its row (looked up once). */
        long failedPublicationItem() {
            if (failedPublicationItem == 0) {
                String items = awaitAdmin("/api/v1/admin/queues/feedback-publication/items?key=" + publication,
                        page -> page.contains("\"FAILED\""), "the re-driven publication to fail again");
                failedPublicationItem = Json.createReader(new StringReader(items)).readArray().getJsonObject(0)
                        .getJsonNumber("id").longValue();
            }
            return failedPublicationItem;
        }

        /** The binding the signers row made (looked up when the removal row runs). */
        String signerBinding() {
            if (signerBinding == null) {
                HubResponse list = Hub.admin().get("/api/v1/admin/signatures/" + agency + "/signers");
                var bindings = Json.createReader(new StringReader(list.text())).readArray();
                signerBinding = bindings.isEmpty() ? "none" : bindings.getJsonObject(0).getString("id");
            }
            return signerBinding;
        }

        private String created(String code) {
            HubResponse response = Hub.admin().postJson("/api/v1/admin/agencies",
                    "{\"code\": \"" + code + "\", \"name\": \"Đơn vị của ma trận phân quyền\"}");
            assertThat(response.status()).as("%s", response).isEqualTo(201);
            return code;
        }
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

    /** Keeps the id of the pre-fill run an administrator started. */
    private static HubResponse prefillRun(HubResponse answer, java.util.concurrent.atomic.AtomicLong run) {
        if (answer.status() == 202) {
            run.set(answer.json().getJsonNumber("executionId").longValue());
        }
        return answer;
    }

    /** Every reporting operation; those that close and reopen come last, as they change what the others see. */
    private List<Operation> reportingOperations(Reporting r) {
        // r is null when the rows are only listed (the completeness test): nothing below runs then
        String base = r == null ? null : r.periodPath();
        java.util.concurrent.atomic.AtomicInteger versions = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong prefillRun = new java.util.concurrent.atomic.AtomicLong();
        return List.of(
                new Operation("GET /api/v1/reporting/regimes", "list report regimes", READERS,
                        c -> client(c, sender).get("/api/v1/reporting/regimes")),
                new Operation("GET /api/v1/reporting/regimes/{code}", "read a report regime", READERS,
                        c -> client(c, sender).get("/api/v1/reporting/regimes/" + r.regime())),
                new Operation("GET /api/v1/reporting/regimes/{code}/template.xlsx", "read a regime's XLSX template", READERS,
                        c -> client(c, sender).get("/api/v1/reporting/regimes/" + r.regime() + "/template.xlsx")),
                new Operation("POST /api/v1/admin/reporting/regimes", "define a report regime", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/reporting/regimes", reportingRegimeJson(
                                "BC-MT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT), sender.code(), recipient.code()))),
                new Operation("POST /api/v1/admin/reporting/regimes/import", "import a report regime", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/reporting/regimes/import", reportingRegimeJson(
                                "BC-MT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT), sender.code(), recipient.code()))),
                new Operation("POST /api/v1/admin/reporting/regimes/{code}/versions", "add a regime version", ADMIN,
                        c -> client(c, sender).postJson("/api/v1/admin/reporting/regimes/" + r.regime() + "/versions",
                                reportingRegimeJson(r.regime(), sender.code(), recipient.code()).replaceFirst("\\{",
                                        "{\"validFrom\": \"" + java.time.YearMonth.parse(r.period()).plusMonths(1 + versions.getAndIncrement()) + "\", "))),
                new Operation("GET /api/v1/reporting/regimes/{code}/periods", "list a regime's periods", READERS,
                        c -> client(c, sender).get("/api/v1/reporting/regimes/" + r.regime() + "/periods")),
                new Operation("GET /api/v1/reporting/regimes/{code}/periods/{period}", "read a reporting period", READERS,
                        c -> client(c, sender).get(base)),
                new Operation("POST /api/v1/reporting/regimes/{code}/periods", "open a reporting period as its issuer", OWNER_OR_ADMIN,
                        c -> client(c, sender).postJson("/api/v1/reporting/regimes/" + r.regime() + "/periods",
                                "{\"period\": \"" + java.time.YearMonth.parse(r.period()).minusMonths(1 + c.ordinal()) + "\"}")),
                new Operation("GET /api/v1/reporting/obligations", "list its reporting obligations", AGENCIES,
                        c -> client(c, recipient).get("/api/v1/reporting/obligations")),
                new Operation("GET /api/v1/reporting/regimes/{code}/periods/{period}/obligations/{agency}", "read a report's obligation", OWNER_OR_ADMIN,
                        c -> client(c, recipient).get(base + "/obligations/" + recipient.code())),
                new Operation("GET /api/v1/reporting/regimes/{code}/periods/{period}/prefill", "read pre-filled figures", OWNER_OR_ADMIN,
                        c -> client(c, recipient).get(base + "/prefill?agency=" + recipient.code())),
                new Operation("POST /api/v1/reporting/regimes/{code}/periods/{period}/submissions", "correct its report", OWNER,
                        c -> client(c, recipient).postJson(base + "/submissions", "{\"values\": {\"TH01\": 2}, \"reason\": \"ma trận\"}")),
                new Operation("GET /api/v1/reporting/regimes/{code}/periods/{period}/obligations/{agency}/submissions", "read a report's history", OWNER_OR_ADMIN,
                        c -> client(c, recipient).get(base + "/obligations/" + recipient.code() + "/submissions")),
                new Operation("GET /api/v1/reporting/submissions/{id}", "read a report submission", OWNER_OR_ADMIN,
                        c -> client(c, recipient).get("/api/v1/reporting/submissions/" + r.submission())),
                new Operation("GET /api/v1/reporting/submissions/{id}/receipt", "get a report's signed receipt", OWNER_OR_ADMIN,
                        c -> client(c, recipient).get("/api/v1/reporting/submissions/" + r.submission() + "/receipt")),
                new Operation("GET /api/v1/reporting/regimes/{code}/periods/{period}/aggregate", "read the aggregate below a recipient", OWNER_OR_ADMIN,
                        c -> client(c, sender).get(base + "/aggregate?agency=" + sender.code())),
                new Operation("GET /api/v1/reporting/regimes/{code}/periods/{period}/aggregate.xlsx", "export the aggregate as XLSX", OWNER_OR_ADMIN,
                        c -> client(c, sender).get(base + "/aggregate.xlsx?agency=" + sender.code())),
                new Operation("GET /api/v1/reporting/regimes/{code}/periods/{period}/aggregate.csv", "export the aggregate as CSV", OWNER_OR_ADMIN,
                        c -> client(c, sender).get(base + "/aggregate.csv?agency=" + sender.code())),
                new Operation("GET /api/v1/reporting/regimes/{code}/series", "read an aggregate series", OWNER_OR_ADMIN,
                        c -> client(c, sender).get("/api/v1/reporting/regimes/" + r.regime() + "/series?agency=" + sender.code()
                                + "&from=" + r.period() + "&to=" + r.period())),
                new Operation("GET /api/v1/reporting/axis-statistics", "read axis statistics of its units", OWNER_OR_ADMIN,
                        c -> client(c, sender).get("/api/v1/reporting/axis-statistics?period=" + r.period() + "&agency=" + sender.code())),
                new Operation("GET /api/v1/reporting/events", "read reporting events", READERS,
                        c -> client(c, sender).get("/api/v1/reporting/events?limit=5")),
                new Operation("GET /api/v1/reporting/interchange/regimes/{code}", "read a regime packet (QCVN 125)", READERS,
                        c -> client(c, sender).get("/api/v1/reporting/interchange/regimes/" + r.regime())),
                new Operation("GET /api/v1/reporting/interchange/regimes/{code}/indicators", "read an indicator catalogue (QCVN 125)", READERS,
                        c -> client(c, sender).get("/api/v1/reporting/interchange/regimes/" + r.regime() + "/indicators")),
                new Operation("GET /api/v1/reporting/interchange/report-data", "read report data (QCVN 125)", OWNER_OR_ADMIN,
                        c -> client(c, sender).get("/api/v1/reporting/interchange/report-data?regime=" + r.regime() + "&period="
                                + r.period() + "&agency=" + sender.code())),
                new Operation("GET /api/v1/reporting/interchange/report-status", "read a report's status (QCVN 125)", OWNER_OR_ADMIN,
                        c -> client(c, recipient).get("/api/v1/reporting/interchange/report-status?regime=" + r.regime() + "&period="
                                + r.period() + "&agency=" + recipient.code())),
                new Operation("POST /api/v1/reporting/interchange/report-data", "send report data (QCVN 125)", OWNER,
                        c -> client(c, recipient).postJson("/api/v1/reporting/interchange/report-data", """
                                {"messageType": "REPORT_DATA", "regime": "%s", "period": "%s", "agency": "%s",
                                 "values": {"TH01": 3}, "reason": "ma trận"}""".formatted(r.regime(), r.period(), recipient.code()))),
                new Operation("POST /api/v1/admin/reporting/prefill-runs", "start a pre-fill run", ADMIN,
                        c -> prefillRun(client(c, sender).postJson("/api/v1/admin/reporting/prefill-runs",
                                "{\"regime\": \"" + r.regime() + "\", \"period\": \"" + r.period() + "\"}"), prefillRun)),
                new Operation("GET /api/v1/admin/reporting/prefill-runs/{executionId}", "follow a pre-fill run", ADMIN,
                        c -> client(c, sender).get("/api/v1/admin/reporting/prefill-runs/" + prefillRun.get())),
                new Operation("POST /api/v1/reporting/regimes/{code}/periods/{period}/close", "close the reports addressed to it", OWNER_OR_ADMIN,
                        c -> client(c, sender).postJson(base + "/close?recipient=" + sender.code(), "")),
                new Operation("POST /api/v1/reporting/regimes/{code}/periods/{period}/obligations/{agency}/reopen", "reopen a report as its recipient", OWNER_OR_ADMIN,
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

    /** Two steps, the second owned by {@code stepOwner}. */
    private static String procedureJson(String code, String handler, String stepOwner) {
        return procedureJson(code, handler).replace("\"steps\": [{\"name\": \"Giải quyết\"}]",
                "\"steps\": [{\"name\": \"Tiếp nhận\"}, {\"name\": \"Thẩm định\", \"owner\": \"" + stepOwner + "\"}]");
    }

    private static String defineProcedure(String json) {
        HubResponse created = Hub.admin().postJson("/api/v1/admin/procedures", json);
        assertThat(created.status()).as("define %s", created).isEqualTo(201);
        return Json.createReader(new StringReader(json)).readObject().getString("code");
    }

    private static String intakeJson(String procedure) {
        return intakeJson(procedure, 2);
    }

    /** With one paper's file, so that the paper can be downloaded. */
    private static String intakeJson(String procedure, int channel) {
        return """
                {"procedureCode": "%s", "channel": %d, "applicant": {"name": "Nguyễn Văn Ma Trận"},
                 "papers": [{"name": "Đơn", "fileName": "don.pdf", "mediaType": "application/pdf", "content": "JVBERi0xLjQK"}]}"""
                .formatted(procedure, channel);
    }

    private JsonObject intake(String procedure, int channel) {
        HubResponse intake = sender.postJson("/api/v1/dossiers", intakeJson(procedure, channel));
        assertThat(intake.status()).as("intake %s", intake).isEqualTo(201);
        return intake.json();
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

    /** A level-2 code under Nghệ An that no earlier run used: 000.00.NNN.H41 with NNN from 100 to 999. */
    private static String freeCode() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = "000.00." + (100 + RANDOM.nextInt(900)) + ".H41";
            if (Hub.admin().get("/api/v1/agencies/" + code).status() == 404) {
                return code;
            }
        }
        throw new IllegalStateException("no free agency code found");
    }

    private static String awaitAdmin(String path, Predicate<String> done, String what) {
        Instant deadline = Instant.now().plusSeconds(60);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            HubResponse page = Hub.admin().get(path);
            last = page.toString();
            if (page.status() == 200 && done.test(page.text())) {
                return page.text();
            }
            PushReceiver.pause(200);
        }
        throw new AssertionError("Waited 60 s for " + what + ": " + last);
    }

    /** Succeeds only if the caller's own listing contains the document: 404 when it does not. */
    private static HubResponse listHolding(AgencyClient client, String path, String id) {
        HubResponse list = client.get(path);
        if (list.status() != 200 || list.text().contains(id)) {
            return list;
        }
        return new HubResponse(404, list.headers(), list.body());
    }
}
