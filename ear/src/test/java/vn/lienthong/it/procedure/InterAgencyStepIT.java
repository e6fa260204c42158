package vn.lienthong.it.procedure;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.procedure.Procedures.FINANCE;
import static vn.lienthong.it.procedure.Procedures.LAND_OFFICE;
import static vn.lienthong.it.procedure.Procedures.actOk;
import static vn.lienthong.it.procedure.Procedures.intake;

/**
 * The inter-agency one-stop over the hub's own exchange: a step owned by another agency reaches
 * that agency's inbox as an edXML document, and its "completed" status on that document completes
 * the step; the dossier then goes on to a supplement pause and its result.
 */
class InterAgencyStepIT {


    private final String procedure = Procedures.defineLandProcedure(LAND_OFFICE);
    private final AgencyClient finance = Hub.as(FINANCE);

    @Test
    void stepOfAnotherAgencyGoesThroughItsInboxAndComesBackAsACompletedStatus() {
        String code = intake(LAND_OFFICE, procedure, 1).getString("code");
        assertThat(actOk(LAND_OFFICE, code, "complete-step", "{}").getString("state")).isEqualTo("INTEROPERATING");

        JsonObject item = awaitHandOver(code);
        assertThat(item.getString("sender")).isEqualTo(LAND_OFFICE);
        assertThat(item.getString("subject")).contains(code).contains("Xác định nghĩa vụ tài chính");
        HubResponse fetched = finance.fetch(item.getString("documentId"));
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.text()).contains("<edXML:CodeNotation>" + code + "-LT</edXML:CodeNotation>");
        assertThat(finance.acknowledge(item.getString("documentId"), "done", null).status()).isBetween(200, 204);
        // "processing" (05) is the ordinary exchange's business: the step stays with finance.
        assertThat(finance.report(status(item, "05", "Đang xác định")).status()).isEqualTo(201);
        assertThat(dossier(code).getString("state")).isEqualTo("INTEROPERATING");

        HubResponse completed = finance.report(status(item, "06", "Đã xác định nghĩa vụ tài chính: 1.250.000 đồng"));
        assertThat(completed.status()).as("%s", completed).isEqualTo(201);

        JsonObject back = awaitState(code, "PROCESSING");
        assertThat(back.getString("currentStepOwner")).isEqualTo(LAND_OFFICE);
        // The land office sees the status as for any document it sent.
        assertThat(Hub.as(LAND_OFFICE).sent(item.getString("documentId")).toString()).contains("06");

        assertThat(actOk(LAND_OFFICE, code, "request-supplement", "{\"reason\": \"Thiếu biên lai nộp thuế\"}")
                .getString("state")).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(actOk(LAND_OFFICE, code, "resubmit", "{}").getString("state")).isEqualTo("PROCESSING");
        assertThat(actOk(LAND_OFFICE, code, "complete-step", "{}").getString("state")).isEqualTo("FINISHED");
        assertThat(actOk(LAND_OFFICE, code, "return-result", "{\"note\": \"Đã trao giấy chứng nhận\"}")
                .getString("state")).isEqualTo("RETURNED");

        List<JsonObject> log = log(code);
        assertThat(log).extracting(e -> e.getString("action")).containsExactly("intake", "complete-step",
                "complete-step", "request-supplement", "resubmit", "complete-step", "return-result");
        assertThat(log.get(2).getString("actorAgency")).isEqualTo(FINANCE);
        assertThat(log.get(2).getString("actor")).isEqualTo("Võ Văn E");
        assertThat(log.get(2).getString("reason")).contains("1.250.000");
    }

    @Test
    void aCompletedStatusFromAnAgencyThatDoesNotOwnTheStepChangesNothing() {
        String code = intake(LAND_OFFICE, procedure, 1).getString("code");
        actOk(LAND_OFFICE, code, "complete-step", "{}");
        JsonObject item = awaitHandOver(code);

        // The land office may not report on a document it sent itself; the hub refuses, the dossier stays.
        HubResponse refused = Hub.as(LAND_OFFICE).report(status(item, "06", "tự hoàn thành").replace(
                "<edXML:OrganId>" + FINANCE + "</edXML:OrganId><edXML:OrganName>Sở Tài chính",
                "<edXML:OrganId>" + LAND_OFFICE + "</edXML:OrganId><edXML:OrganName>Sở Tài chính"));
        assertThat(refused.status()).isBetween(400, 499);
        assertThat(dossier(code).getString("state")).isEqualTo("INTEROPERATING");
    }

    /**
     * Finance owns two steps in a row; it completes the first over REST rather than by a status, the
     * dossier moves on to its second, and only then does finance's software report the first
     * hand-over document completed (06). That late status concerns a step already done: it must not
     * complete the second step, which finance has not worked on yet.
     */
    @Test
    void aLateCompletedStatusOnAnEarlierStepsHandOverCompletesNothingElse() {
        String twoSteps = Procedures.uniqueCode();
        HubResponse defined = Hub.admin().postJson("/api/v1/admin/procedures", """
                {"code": "%s", "name": "Thủ tục hai bước liên thông (thử nghiệm)", "fieldCode": "DD", "fieldName": "Đất đai",
                 "handlingAgencies": ["%s"], "papers": [], "fees": [],
                 "processingTime": {"amount": 5, "unit": "WORKING_DAYS"},
                 "pauseAllowed": true, "pauseEffect": "EXTEND", "extensionAllowed": true,
                 "steps": [{"name": "Tiếp nhận"}, {"name": "Xác định giá đất", "owner": "%s"},
                           {"name": "Xác định nghĩa vụ tài chính", "owner": "%s"}, {"name": "Trả kết quả"}]}
                """.formatted(twoSteps, LAND_OFFICE, FINANCE, FINANCE));
        assertThat(defined.status()).as("%s", defined).isEqualTo(201);
        String code = intake(LAND_OFFICE, twoSteps, 1).getString("code");
        actOk(LAND_OFFICE, code, "complete-step", "{}");
        JsonObject first = awaitHandOver(code, 2);

        assertThat(actOk(FINANCE, code, "complete-step", "{}").getInt("currentStep")).isEqualTo(3);
        awaitHandOver(code, 3);
        HubResponse late = finance.report(status(first, "06", "Đã xác định giá đất"));
        assertThat(late.status()).as("%s", late).isEqualTo(201);

        // The hand-over's status is handled after its commit: give it time to do (the wrong) anything.
        sleep(3000);
        JsonObject after = dossier(code);
        assertThat(after.getInt("currentStep")).as("step 3 is still finance's to complete").isEqualTo(3);
        assertThat(after.getString("state")).isEqualTo("INTEROPERATING");
        assertThat(log(code)).extracting(e -> e.getString("action"))
                .containsExactly("intake", "complete-step", "complete-step");
    }

    /**
     * The hub signs the hand-over packages it sends in the receiving agency's name with its own key,
     * which the verifier accepts on the hub's own hand-over path only: hand-overs pass a REQUIRE_VALID
     * policy, and the recipient sees the verdict HUB_SIGNED, not an agency's signature.
     */
    @Test
    void aHandOverPassesAHandingAgencyThatRequiresValidSignaturesSignedWithTheHubsKey() throws Exception {
        JsonObject before = Hub.admin().get("/api/v1/admin/signatures/" + LAND_OFFICE + "/policy").json();
        try {
            HubResponse strict = Hub.admin().putJson("/api/v1/admin/signatures/" + LAND_OFFICE + "/policy",
                    "{\"mode\": \"REQUIRE_VALID\", \"acceptSha1\": false, \"revocationFailure\": \"HARD\"}");
            assertThat(strict.status()).as("%s", strict).isEqualTo(200);
            // An unsigned package of the land office's own is refused under this policy ...
            HubResponse unsigned = Hub.as(LAND_OFFICE).postXml("/api/v1/documents",
                    Packages.document(LAND_OFFICE, FINANCE).xml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(unsigned.status()).as("%s", unsigned).isEqualTo(422);

            // ... while the hand-over the hub sends in its name passes, signed by the hub.
            String code = intake(LAND_OFFICE, procedure, 1).getString("code");
            actOk(LAND_OFFICE, code, "complete-step", "{}");
            JsonObject item = awaitHandOver(code);
            JsonObject signature = item.getJsonObject("signature");
            assertThat(signature.getString("verdict")).as("the hub's signature, told apart from an agency's").isEqualTo("HUB_SIGNED");
            java.security.cert.X509Certificate hub = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory
                    .getInstance("X.509").generateCertificate(new java.io.ByteArrayInputStream(
                            Hub.admin().get("/api/v1/hub/certificate").body()));
            assertThat(signature.getJsonObject("signer").getString("subject"))
                    .isEqualTo(hub.getSubjectX500Principal().getName());
            assertThat(finance.fetch(item.getString("documentId")).text()).contains("http://www.w3.org/2000/09/xmldsig#");
        } finally {
            if (before.getBoolean("own", false)) {
                Hub.admin().putJson("/api/v1/admin/signatures/" + LAND_OFFICE + "/policy", before.toString());
            } else {
                Hub.admin().delete("/api/v1/admin/signatures/" + LAND_OFFICE + "/policy");
            }
        }
    }

    static JsonObject awaitHandOver(String code) {
        return awaitHandOver(code, 2);
    }

    /** The hand-over document of {@code step} (its CodeNumber) in finance's inbox. */
    static JsonObject awaitHandOver(String code, int step) {
        AgencyClient finance = Hub.as(FINANCE);
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            HubResponse page = finance.get("/api/v1/inbox?includeFetched=true&limit=500");
            assertThat(page.status()).isEqualTo(200);
            Optional<JsonObject> item = page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.containsKey("codeNotation") && (code + "-LT").equals(i.getString("codeNotation"))
                            && Integer.toString(step).equals(i.getString("codeNumber")))
                    .findFirst();
            if (item.isPresent()) {
                return item.get();
            }
            sleep();
        }
        throw new AssertionError("The hand-over of " + code + " did not reach " + FINANCE + " within 60 s");
    }

    private JsonObject awaitState(String code, String state) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = dossier(code);
            if (state.equals(last.getString("state"))) {
                return last;
            }
            sleep();
        }
        throw new AssertionError("Dossier " + code + " did not become " + state + ": " + last);
    }

    private static JsonObject dossier(String code) {
        return Hub.as(LAND_OFFICE).get("/api/v1/dossiers/" + code).json();
    }

    private static List<JsonObject> log(String code) {
        String text = Hub.as(LAND_OFFICE).get("/api/v1/dossiers/" + code + "/log").text();
        return jakarta.json.Json.createReader(new StringReader(text)).readArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    /** The status package finance's document-management software writes about the hand-over document. */
    static String status(JsonObject item, String statusCode, String description) {
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <edXML:edXML xmlns:edXML="%s">
                  <edXML:edXMLEnvelope>
                    <edXML:edXMLHeader>
                      <edXML:Status>
                        <edXML:ResponseFor>
                          <edXML:OrganId>%s</edXML:OrganId>
                          <edXML:Code>%s/%s</edXML:Code>
                          <edXML:PromulgationDate>%s</edXML:PromulgationDate>
                          <edXML:DocumentId>%s</edXML:DocumentId>
                        </edXML:ResponseFor>
                        <edXML:From><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>Sở Tài chính tỉnh Đồng Tháp</edXML:OrganName></edXML:From>
                        <edXML:StatusCode>%s</edXML:StatusCode>
                        <edXML:Description>%s</edXML:Description>
                        <edXML:Timestamp>%s 09:00:00</edXML:Timestamp>
                        <edXML:StaffInfo><edXML:Department>Phòng Quản lý giá</edXML:Department><edXML:Staff>Võ Văn E</edXML:Staff></edXML:StaffInfo>
                      </edXML:Status>
                    </edXML:edXMLHeader>
                  </edXML:edXMLEnvelope>
                </edXML:edXML>
                """.formatted(Packages.NAMESPACE, item.getString("sender"), item.getString("codeNumber"),
                item.getString("codeNotation"), today, item.getString("edxmlDocumentId"), FINANCE, statusCode,
                description, today);
    }

    private static void sleep() {
        sleep(200);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
