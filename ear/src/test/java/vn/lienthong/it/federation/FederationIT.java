package vn.lienthong.it.federation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.crash.CrashServer;
import vn.lienthong.it.soap.v1.GetSent;
import vn.lienthong.it.soap.v1.RecipientState;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.SoapHub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three instances on loopback (docs/federation.md): the suite's server as the national axis, and two
 * provincial platforms (hubs 000.00.90.H41 and 000.00.90.H29), each embedded, whose upstream is the
 * national axis. An agency of province A sends one package to an agency of province B and to an
 * agency the national axis serves itself; each recipient fetches, from its own hub, byte for byte
 * what the sender sent, and once only.
 */
class FederationIT {

    private static final String NATIONAL_HUB = "000.00.90.G22";
    private static final String HUB_A = "000.00.90.H41";
    private static final String HUB_B = "000.00.90.H29";
    private static final String SECRET = "bí-mật-liên-thông-thử-2026";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));

    private static CrashServer provinceA;
    private static CrashServer provinceB;

    private final AgencyClient national = Hub.admin();

    /**
     * The three instances are embedded ones, so the class runs in the embedded suite only:
     * twice would cost two more servers' starts and several of CI's 45 minutes. (Its
     * tests passed with the national axis on the production configuration too, on 2026-12-06.)
     */
    @BeforeAll
    static void startProvinces() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("embedded".equals(System.getProperty("it.configuration")),
                "three embedded instances: the embedded suite runs them (see startProvinces)");
        provinceA = province("federation.a", "lienthong-fed-a", "http://localhost:10180", HUB_A);
        provinceB = province("federation.b", "lienthong-fed-b", "http://localhost:10280", HUB_B);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> start(provinceA));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> start(provinceB));
        a.join();
        b.join();
    }

    @AfterAll
    static void stopProvinces() {
        if (provinceA != null) {
            provinceA.stop();
        }
        if (provinceB != null) {
            provinceB.stop();
        }
    }

    @Test
    void aProvincesAgencyReachesAnotherProvinceAndTheNationalAxisByteForByteAndOnce() throws Exception {
        connectHubs();
        // Province B judges the sender's signature under its own policy: the sender is an entry there, reached
        // through the national axis, whose unsigned packages it accepts (senderInProvinceA).
        String senderCode = senderInProvinceA();
        String otherProvinceCode = unitOf("H29");
        String ministryCode = unitOf("G22");
        // At the national axis: B's agency is reached through B's platform; the ministry's unit is served there.
        ensureAgency(national, otherProvinceCode, SECRET);
        servedBy(otherProvinceCode, HUB_B);
        ensureAgency(national, ministryCode, SECRET);
        ensureAgency(admin(provinceB), otherProvinceCode, SECRET);

        AgencyClient sender = Hub.signedInAt(provinceA.baseUrl(), senderCode, SECRET);
        Packages.Document document = Packages.document(senderCode, otherProvinceCode, ministryCode);
        byte[] signed = document.xml().getBytes(StandardCharsets.UTF_8);
        HubResponse accepted = sender.postXml("/api/v1/documents", signed);
        assertThat(accepted.status()).as("province A accepts %s", accepted).isEqualTo(201);
        String sentId = accepted.json().getString("documentId");

        AgencyClient ministry = Hub.as(ministryCode, SECRET);
        AgencyClient otherProvince = Hub.signedInAt(provinceB.baseUrl(), otherProvinceCode, SECRET);
        byte[] atNational = fetched(ministry, document.edxmlId());
        byte[] atB = fetched(otherProvince, document.edxmlId());
        assertThat(sha256(atNational)).as("the ministry's unit fetches what the sender signed").isEqualTo(sha256(signed));
        assertThat(sha256(atB)).as("province B's agency fetches what the sender signed, two hops away").isEqualTo(sha256(signed));

        JsonObject sent = sender.sent(sentId);
        assertThat(sent.getJsonArray("recipients").getValuesAs(JsonObject.class)).hasSize(2).allSatisfy(r -> {
            assertThat(r.getString("heldBy")).isEqualTo(NATIONAL_HUB);
            assertThat(r.getJsonObject("relay").getString("state")).isEqualTo("RELAYED");
        });

        // The sender's retry, and a relay's retry with the same Idempotency-Key, change nothing anywhere.
        HubResponse again = sender.postXml("/api/v1/documents", signed);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        Thread.sleep(3000);
        assertThat(inboxCount(ministry, document.edxmlId())).as("delivered once at the national axis").isEqualTo(1);
        assertThat(inboxCount(otherProvince, document.edxmlId())).as("delivered once in province B").isEqualTo(1);
    }

    @Test
    void onlyAHubAccountRelaysAndOnlyForItsOwnAgencies() {
        ensureAgency(national, HUB_A, SECRET);
        String agencyOfA = unitOf("H41");
        String stranger = unitOf("G22");
        ensureAgency(national, agencyOfA, SECRET);
        servedBy(agencyOfA, HUB_A);
        ensureAgency(national, stranger, SECRET);
        HubResponse relayedByStranger = relay(stranger, withHop(Packages.document(stranger, agencyOfA).xml(), stranger), agencyOfA, 1);
        assertThat(relayedByStranger.status()).as("an agency that is no hub: %s", relayedByStranger).isEqualTo(403);
        assertThat(relayedByStranger.problemCode()).isEqualTo("RELAY_NOT_ALLOWED");

        HubResponse forSomeoneElse = relay(HUB_A, withHop(Packages.document(stranger, agencyOfA).xml(), HUB_A), agencyOfA, 1);
        assertThat(forSomeoneElse.status()).as("A relays up only its own agencies' packages: %s", forSomeoneElse).isEqualTo(403);
        assertThat(forSomeoneElse.problemCode()).isEqualTo("RELAY_NOT_ALLOWED");

        HubResponse hopsMissing = relay(HUB_A, Packages.document(agencyOfA, stranger).xml(), stranger, 1);
        assertThat(hopsMissing.status()).as("announced hops the package does not carry: %s", hopsMissing).isEqualTo(400);
        assertThat(hopsMissing.problemCode()).isEqualTo("INVALID_RELAY");
    }

    @Test
    void aRecipientsStatusesComeBackToTheSenderThroughTwoHopsOnce() throws Exception {
        AcrossProvinces route = acrossProvinces();
        Packages.Document document = Packages.document(route.senderCode(), route.recipientCode());
        String sentId = route.sender().send(document.xml());
        fetched(route.recipient(), document.edxmlId());

        String arrived = document.status(route.recipientCode(), "03", "Đã tiếp nhận");
        HubResponse reported = route.recipient().report(arrived);
        assertThat(reported.status()).as("province B records its recipient's status: %s", reported).isEqualTo(201);
        // The recipient's retry of the same bytes is recorded again at its own hub; the next hop recognises it.
        assertThat(route.recipient().report(arrived).status()).isEqualTo(201);
        HubResponse completed = route.recipient().report(document.status(route.recipientCode(), "06", "Đã hoàn thành"));
        assertThat(completed.status()).as("completed: %s", completed).isEqualTo(201);

        JsonObject recipient = awaitStatuses(route.sender(), sentId, route.recipientCode(), 2);
        assertThat(recipient.getString("heldBy")).as("the recipient is held by the national axis, seen from A").isEqualTo(NATIONAL_HUB);
        assertThat(codes(recipient)).as("each status once, two hops away").containsExactlyInAnyOrder("03", "06");
        Thread.sleep(3000);
        assertThat(codes(awaitStatuses(route.sender(), sentId, route.recipientCode(), 2))).as("and nothing twice later")
                .containsExactlyInAnyOrder("03", "06");
    }

    @Test
    void aTakeBackRequestCrossesTwoHopsDownAndItsAnswerComesBack() throws Exception {
        AcrossProvinces route = acrossProvinces();
        Packages.Document document = Packages.document(route.senderCode(), route.recipientCode());
        String sentId = route.sender().send(document.xml());
        fetched(route.recipient(), document.edxmlId());
        String atB = inbox(route.recipient(), document.edxmlId()).get(0);

        HubResponse requested = route.sender().report(document.status(route.senderCode(), "13", "Đề nghị lấy lại văn bản"));
        assertThat(requested.status()).as("province A records its sender's take-back request: %s", requested).isEqualTo(201);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!"REQUESTED".equals(route.recipient().inboxItem(atB).orElseThrow().getString("takeBackState", null))) {
            assertThat(Instant.now()).as("the take-back request did not reach province B within 90 s").isBefore(deadline);
            Thread.sleep(500);
        }

        HubResponse agreed = route.recipient().report(document.status(route.recipientCode(), "15", "Đồng ý lấy lại"));
        assertThat(agreed.status()).as("province B records its recipient's answer: %s", agreed).isEqualTo(201);
        JsonObject recipient = awaitStatuses(route.sender(), sentId, route.recipientCode(), 1);
        assertThat(codes(recipient)).containsExactly("15");
        assertThat(route.sender().sent(sentId).getString("takeBackState")).as("every recipient agreed, seen from A")
                .isEqualTo("TAKEN_BACK");
    }

    @Test
    void aRevokeCrossesTwoHopsAndIsAppliedInTheOtherProvince() throws Exception {
        AcrossProvinces route = acrossProvinces();
        Packages.Document document = Packages.document(route.senderCode(), route.recipientCode());
        route.sender().send(document.xml());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (inbox(route.recipient(), document.edxmlId()).isEmpty()) {
            assertThat(Instant.now()).as("the document did not reach province B within 90 s").isBefore(deadline);
            Thread.sleep(500);
        }
        String atB = inbox(route.recipient(), document.edxmlId()).get(0);

        String revokeId = route.sender().send(document.xml().replace("<edXML:BussinessDocType>0</edXML:BussinessDocType>",
                "<edXML:BussinessDocType>1</edXML:BussinessDocType><edXML:BussinessDocReason>Ban hành nhầm</edXML:BussinessDocReason>"));
        assertThat(route.sender().sent(revokeId).getJsonArray("recipients").getValuesAs(JsonObject.class))
                .singleElement().satisfies(r -> assertThat(r.getString("heldBy")).isEqualTo(NATIONAL_HUB));
        deadline = Instant.now().plus(Duration.ofSeconds(90));
        HubResponse fetch = route.recipient().fetch(atB);
        while (fetch.status() == 200) {
            assertThat(Instant.now()).as("the revoke was not applied in province B within 90 s").isBefore(deadline);
            Thread.sleep(500);
            fetch = route.recipient().fetch(atB);
        }
        assertThat(fetch.status()).as("revoked in province B before it was fetched: %s", fetch).isEqualTo(410);
        assertThat(fetch.problemCode()).isEqualTo("DOCUMENT_REVOKED");
    }

    /** An agency of province A sending, an agency of province B receiving, both reached through the national axis. */
    private record AcrossProvinces(String senderCode, AgencyClient sender, String recipientCode, AgencyClient recipient) {
    }

    /**
     * A new sender in province A and recipient in province B, each registered at the three hubs as
     * their administrators would (the hubs' accounts and peers too), every hop accepting their
     * unsigned packages: documents one way, statuses the other.
     */
    private AcrossProvinces acrossProvinces() {
        connectHubs();
        String senderCode = senderInProvinceA();
        String recipientCode = unitOf("H29");
        ensureAgency(national, recipientCode, SECRET);
        acceptUnsigned(national, recipientCode);
        servedBy(recipientCode, HUB_B);
        reachedThroughNational(provinceA, recipientCode);
        ensureAgency(admin(provinceB), recipientCode, SECRET);
        acceptUnsigned(admin(provinceB), recipientCode);
        return new AcrossProvinces(senderCode, Hub.signedInAt(provinceA.baseUrl(), senderCode, SECRET),
                recipientCode, Hub.signedInAt(provinceB.baseUrl(), recipientCode, SECRET));
    }

    /** An entry of the province for an agency of the other province, reached up, whose unsigned packages it accepts. */
    private static void reachedThroughNational(CrashServer province, String code) {
        ensureAgency(admin(province), code, SECRET);
        acceptUnsigned(admin(province), code);
        HubResponse set = admin(province).putJson("/api/v1/admin/agencies/" + code + "/served-by",
                "{\"hub\":\"" + NATIONAL_HUB + "\"}");
        assertThat(set.status()).as("served-by of %s at %s: %s", code, province.baseUrl(), set).isEqualTo(200);
    }

    /** The recipient in the sender's sent view once it shows at least {@code count} statuses. */
    private static JsonObject awaitStatuses(AgencyClient sender, String sentId, String recipientCode, int count)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonObject recipient = sender.sent(sentId).getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("code").equals(recipientCode)).findFirst().orElseThrow();
            if (recipient.getJsonArray("statuses").size() >= count || Instant.now().isAfter(deadline)) {
                assertThat(recipient.getJsonArray("statuses")).as("statuses of %s seen by the sender: %s", recipientCode, recipient)
                        .hasSizeGreaterThanOrEqualTo(count);
                return recipient;
            }
            Thread.sleep(500);
        }
    }

    private static List<String> codes(JsonObject recipient) {
        return recipient.getJsonArray("statuses").getValuesAs(JsonObject.class).stream().map(st -> st.getString("code")).toList();
    }

    @Test
    void aRecipientAskingForTheTraceGetsEveryHopTheDocumentPassedAndItsOwnHubLast() throws Exception {
        connectHubs();
        String senderCode = senderInProvinceA();
        String recipientCode = unitOf("H29");
        ensureAgency(national, recipientCode, SECRET);
        servedBy(recipientCode, HUB_B);
        ensureAgency(admin(provinceB), recipientCode, SECRET);

        AgencyClient sender = Hub.signedInAt(provinceA.baseUrl(), senderCode, SECRET);
        Packages.Document document = Packages.document(senderCode, recipientCode);
        byte[] signed = document.xml().getBytes(StandardCharsets.UTF_8);
        HubResponse accepted = sender.postXml("/api/v1/documents", signed);
        assertThat(accepted.status()).as("province A accepts %s", accepted).isEqualTo(201);
        AgencyClient recipient = Hub.signedInAt(provinceB.baseUrl(), recipientCode, SECRET);
        assertThat(sha256(fetched(recipient, document.edxmlId()))).as("without ?trace, the sender's bytes").isEqualTo(sha256(signed));

        HubResponse traced = recipient.get("/api/v1/inbox/" + inbox(recipient, document.edxmlId()).get(0) + "?trace=hub");
        assertThat(traced.status()).as("fetch with ?trace=hub answered %s", traced).isEqualTo(200);
        String text = traced.text();
        Matcher hops = Pattern.compile("((?:<edXML:TraceHeader><edXML:OrganId>[^<]*</edXML:OrganId><edXML:Timestamp>[^<]*"
                + "</edXML:Timestamp></edXML:TraceHeader>)+)</edXML:TraceHeaderList>").matcher(text);
        assertThat(hops.find()).as("hub hops at the end of the trace list: %s", text).isTrue();
        assertThat(Pattern.compile("<edXML:OrganId>([^<]*)</edXML:OrganId>").matcher(hops.group(1)).results().map(m -> m.group(1)))
                .as("the hops the document passed, first hop first, then the hub serving it").containsExactly(HUB_A, NATIONAL_HUB, HUB_B);
        byte[] withoutHops = (text.substring(0, hops.start(1)) + text.substring(hops.end(1))).getBytes(StandardCharsets.UTF_8);
        assertThat(withoutHops).as("taking the hub hops out gives the sender's bytes back, every one").isEqualTo(signed);

        // The sender follows the document over SOAP as over REST: same recipients, same hub holding them, same relay state.
        String sentId = accepted.json().getString("documentId");
        JsonObject overRest = sender.sent(sentId).getJsonArray("recipients").getJsonObject(0);
        GetSent ask = new GetSent();
        ask.setDocumentId(sentId);
        RecipientState overSoap = SoapHub.exchange(provinceA.baseUrl(), senderCode, SECRET).getSent(ask).getDocument()
                .getRecipient().get(0);
        assertThat(overRest.getString("heldBy")).isEqualTo(NATIONAL_HUB);
        assertThat(overRest.getJsonObject("relay").getString("state")).isEqualTo("RELAYED");
        assertThat(overSoap.getCode()).isEqualTo(recipientCode);
        assertThat(overSoap.getHeldBy()).isEqualTo(NATIONAL_HUB);
        assertThat(overSoap.getRelay().getState().value()).isEqualTo("RELAYED");
        assertThat(overSoap.getRelay().getProblemCode()).isNull();
    }

    @Test
    void aMergeInProvinceBPublishedUpwardReroutesMailFromProvinceAAcrossTwoHops() throws Exception {
        connectHubs();
        String senderCode = senderInProvinceA();
        // The national axis's administrators registered one of B's departments and said B serves it;
        // from then on B's administrators keep the units under it, at home, and B publishes them upward.
        String department = unitOf("H29");
        ensureAgency(national, department, SECRET);
        servedBy(department, HUB_B);
        ensureAgency(admin(provinceB), department, SECRET);
        String retired = department.replaceFirst("^000\\.00\\.", "000.01.");
        String successor = department.replaceFirst("^000\\.00\\.", "000.02.");
        for (String unit : List.of(retired, successor)) {
            HubResponse added = admin(provinceB).postJson("/api/v1/admin/agencies", "{\"code\":\"" + unit
                    + "\",\"name\":\"Phòng thử nghiệm " + unit + "\",\"parentCode\":\"" + department + "\",\"secret\":\"" + SECRET + "\"}");
            assertThat(added.status()).as("B adds %s: %s", unit, added).isEqualTo(201);
            await("B to publish " + unit + " upward", () -> national.get("/api/v1/agencies/" + unit), r -> r.status() == 200);
        }
        HubResponse merge = admin(provinceB).postJson("/api/v1/admin/agencies/" + retired + "/merge",
                "{\"into\":\"" + successor + "\",\"reason\":\"Quyết định sáp nhập phòng\"}");
        assertThat(merge.status()).as("B merges %s: %s", retired, merge).isBetween(200, 201);
        JsonObject atNational = await("the merge to reach the national axis", () -> national.get("/api/v1/agencies/" + retired),
                r -> r.status() == 200 && !r.json().getBoolean("active")).json();
        assertThat(atNational.getString("successorCode")).isEqualTo(successor);

        // A does not know the retired code: up to the national axis, which sends it down to B for the
        // successor (succession there), and B delivers it to the successor (succession at B too).
        AgencyClient sender = Hub.signedInAt(provinceA.baseUrl(), senderCode, SECRET);
        Packages.Document document = Packages.document(senderCode, retired);
        byte[] signed = document.xml().getBytes(StandardCharsets.UTF_8);
        HubResponse accepted = sender.postXml("/api/v1/documents", signed);
        assertThat(accepted.status()).as("province A accepts %s", accepted).isEqualTo(201);

        AgencyClient successorAtB = Hub.signedInAt(provinceB.baseUrl(), successor, SECRET);
        assertThat(sha256(fetched(successorAtB, document.edxmlId()))).as("the successor fetches at B what the sender signed")
                .isEqualTo(sha256(signed));
        JsonObject recipient = sender.sent(accepted.json().getString("documentId")).getJsonArray("recipients").getJsonObject(0);
        assertThat(recipient.getString("code")).as("A knew only the code the sender named").isEqualTo(retired);
        assertThat(recipient.getString("heldBy")).isEqualTo(NATIONAL_HUB);
        assertThat(recipient.getJsonObject("relay").getString("state")).isEqualTo("RELAYED");
    }

    /** Each hub's account at the others, as their administrators register them (docs/federation.md, "Configuration"). */
    private void connectHubs() {
        ensureAgency(national, HUB_A, SECRET);
        ensureAgency(national, HUB_B, SECRET);
        ensureAgency(admin(provinceA), NATIONAL_HUB, SECRET);
        ensureAgency(admin(provinceB), NATIONAL_HUB, SECRET);
        peer(HUB_A, provinceA);
        peer(HUB_B, provinceB);
    }

    /**
     * A new agency of province A: served by A at the national axis, and known at B as reached through
     * the national axis, each hub accepting its unsigned packages under its own policy.
     */
    private String senderInProvinceA() {
        String code = unitOf("H41");
        ensureAgency(national, code, SECRET);
        acceptUnsigned(national, code);
        servedBy(code, HUB_A);
        ensureAgency(admin(provinceA), code, SECRET);
        acceptUnsigned(admin(provinceA), code);
        reachedThroughNational(provinceB, code);
        return code;
    }

    /** The answer of {@code call} once {@code done}, asked every 250 ms for at most 90 s. */
    private static HubResponse await(String what, Supplier<HubResponse> call, Predicate<HubResponse> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HubResponse last = null;
        while (Instant.now().isBefore(deadline)) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("waited 90 s for " + what + "; last answer " + last);
    }

    /**
     * The upstream stopped for 60 s mid-run: nothing lost, nothing twice. Province A's agency sends a
     * run of documents to an agency of province B and to one the national axis serves; a third of the
     * way through, the national axis (the suite's server) is really stopped with Liberty's own
     * {@code server stop}, left down 60 s while A goes on accepting, and started again with
     * {@code server start}, as {@link CrashServer} drives servers. One document sent during the outage
     * is revoked during the outage too: its revoke must not overtake it on any hop (a peer refuses a
     * revoke of a document it does not know, for good), and is applied at both recipients' hubs.
     *
     * <p>Embedded configuration only: restarting the suite's server costs a minute and a start, which
     * the CI budget does not allow twice, and the production configuration's servers are started
     * with the broker pair and database the suite set up, which this test would have to restart in
     * the same way. The suite's later tests meet a server that started afresh on the same database,
     * broker store, keys and configuration (bootstrap.properties, written when the build created it).
     */
    @Test
    void anUpstreamStoppedForSixtySecondsMidRunLosesNothingAndDeliversNothingTwice() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("embedded".equals(System.getProperty("it.configuration")),
                "the outage runs on the embedded configuration only (see the doc comment)");
        connectHubs();
        String senderCode = senderInProvinceA();
        String otherProvinceCode = unitOf("H29");
        String ministryCode = unitOf("G22");
        ensureAgency(national, otherProvinceCode, SECRET);
        servedBy(otherProvinceCode, HUB_B);
        ensureAgency(national, ministryCode, SECRET);
        ensureAgency(admin(provinceB), otherProvinceCode, SECRET);

        AgencyClient sender = Hub.signedInAt(provinceA.baseUrl(), senderCode, SECRET);
        int before = 10;
        int during = 10;
        int after = 10;
        java.util.Map<String, byte[]> signedById = new java.util.LinkedHashMap<>(); // edXML id -> what the sender signed
        java.util.Map<String, String> sentIdById = new java.util.LinkedHashMap<>(); // edXML id -> A's hub id
        Instant runStarted = Instant.now();
        sendRun(sender, before, otherProvinceCode, ministryCode, signedById, sentIdById);

        CrashServer upstream = new CrashServer(WLP, System.getProperty("it.server.name"), Hub.BASE_URL);
        upstream.stop();
        Instant stopped = Instant.now();
        assertThat(upstreamAnswers()).as("the national axis answers nothing while stopped").isFalse();
        try {
            sendRun(sender, during, otherProvinceCode, ministryCode, signedById, sentIdById);
            // Revoked while both it and its revoke can only wait at A: the revoke is queued behind the document.
            String revokedId = signedById.keySet().stream().skip(before).findFirst().orElseThrow();
            String revokeXml = new String(signedById.get(revokedId), StandardCharsets.UTF_8).replace(
                    "<edXML:BussinessDocType>0</edXML:BussinessDocType>",
                    "<edXML:BussinessDocType>1</edXML:BussinessDocType><edXML:BussinessDocReason>Ban hành nhầm</edXML:BussinessDocReason>");
            HubResponse revoke = sender.postXml("/api/v1/documents", revokeXml.getBytes(StandardCharsets.UTF_8));
            assertThat(revoke.status()).as("A accepts the revoke while its upstream is down: %s", revoke).isEqualTo(201);
            String revokeSentId = revoke.json().getString("documentId");
            JsonObject waiting = sender.sent(sentIdById.get(revokedId));
            assertThat(waiting.getJsonArray("recipients").getValuesAs(JsonObject.class))
                    .as("queued at A during the outage").allSatisfy(r ->
                            assertThat(r.getJsonObject("relay").getString("state")).isEqualTo("QUEUED"));
            Duration left = Duration.ofSeconds(60).minus(Duration.between(stopped, Instant.now()));
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
            Duration down = Duration.between(stopped, Instant.now());
            upstream.start(Duration.ofMinutes(5));
            Instant back = Instant.now();
            sendRun(sender, after, otherProvinceCode, ministryCode, signedById, sentIdById);

            AgencyClient ministry = Hub.as(ministryCode, SECRET);
            AgencyClient otherProvince = Hub.signedInAt(provinceB.baseUrl(), otherProvinceCode, SECRET);
            java.util.Set<String> delivered = new java.util.LinkedHashSet<>(signedById.keySet());
            delivered.remove(revokedId);
            int atNational = fetchEachOnce(ministry, delivered, signedById);
            int atB = fetchEachOnce(otherProvince, delivered, signedById);
            Instant allFetched = Instant.now();

            // Nothing twice: a few relay rounds later, still one inbox entry per document.
            Thread.sleep(3000);
            java.util.Map<String, Long> nationalInbox = inboxCounts(ministry);
            java.util.Map<String, Long> provinceInbox = inboxCounts(otherProvince);
            for (String id : delivered) {
                assertThat(nationalInbox.get(id)).as("%s at the national axis", id).isEqualTo(1L);
                assertThat(provinceInbox.get(id)).as("%s in province B", id).isEqualTo(1L);
            }
            // The revoke reached both recipients' hubs after the document, and was applied there.
            assertThat(nationalInbox).as("revoked before it was fetched: not in the ministry's inbox").doesNotContainKey(revokedId);
            assertThat(provinceInbox).as("revoked before it was fetched: not in B's inbox").doesNotContainKey(revokedId);
            assertRevokedAt(Hub.as(senderCode, SECRET), revokedId, ministryCode, ministry);
            assertRevokedAt(Hub.signedInAt(provinceB.baseUrl(), senderCode, SECRET), revokedId, otherProvinceCode, otherProvince);

            // The sender's sent views: every relay, the revoke's included, relayed (none refused, none failed).
            List<String> views = new java.util.ArrayList<>(sentIdById.values());
            views.add(revokeSentId);
            for (String id : views) {
                awaitRelayed(sender, id);
                assertThat(sender.sent(id).getJsonArray("recipients").getValuesAs(JsonObject.class)).as("sent view of %s", id)
                        .hasSize(2).allSatisfy(r -> {
                            assertThat(r.getString("heldBy")).isEqualTo(NATIONAL_HUB);
                            assertThat(r.getJsonObject("relay").getString("state")).isEqualTo("RELAYED");
                        });
            }
            System.out.printf("FederationIT outage: %d documents (%d before, %d during, %d after the upstream's outage) and 1 "
                            + "revoke sent from province A; upstream stopped %d s, answering again after %d s; fetched "
                            + "byte for byte once each: %d at the national axis, %d in province B; revoked at both: 1; "
                            + "lost 0, twice 0; run %d s, last fetch %d s after the upstream was back%n",
                    signedById.size(), before, during, after, down.toSeconds(), Duration.between(stopped, back).toSeconds(),
                    atNational, atB, Duration.between(runStarted, allFetched).toSeconds(),
                    Duration.between(back, allFetched).toSeconds());
        } finally {
            if (!upstreamAnswers()) {
                upstream.start(Duration.ofMinutes(5)); // the suite's later tests need it, whatever failed here
            }
        }
    }

    /** Sends {@code count} documents from A to both recipients; each must be accepted (201) whatever the upstream does. */
    private static void sendRun(AgencyClient sender, int count, String otherProvinceCode, String ministryCode,
                                java.util.Map<String, byte[]> signedById, java.util.Map<String, String> sentIdById) {
        for (int i = 0; i < count; i++) {
            Packages.Document document = Packages.document(sender.code(), otherProvinceCode, ministryCode);
            byte[] signed = document.xml().getBytes(StandardCharsets.UTF_8);
            HubResponse accepted = sender.postXml("/api/v1/documents", signed);
            assertThat(accepted.status()).as("province A accepts %s", accepted).isEqualTo(201);
            signedById.put(document.edxmlId(), signed);
            sentIdById.put(document.edxmlId(), accepted.json().getString("documentId"));
        }
    }

    /**
     * Waits (short polls, up to 4 minutes in all) until every document of {@code expected} is in the
     * recipient's inbox at its own hub, then fetches each once and compares it with what the sender
     * signed. @return how many were fetched
     */
    private static int fetchEachOnce(AgencyClient recipient, java.util.Set<String> expected, java.util.Map<String, byte[]> signedById)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        java.util.Map<String, String> found = new java.util.HashMap<>();
        while (found.size() < expected.size() && Instant.now().isBefore(deadline)) {
            HubResponse page = recipient.get("/api/v1/inbox?includeFetched=true&limit=500");
            assertThat(page.status()).as("inbox answered %s", page).isEqualTo(200);
            for (JsonObject item : page.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                String id = item.getString("edxmlDocumentId", null);
                if (expected.contains(id) && "NEW".equals(item.getString("businessAction", "NEW"))) {
                    found.putIfAbsent(id, item.getString("documentId"));
                }
            }
            if (found.size() < expected.size()) {
                Thread.sleep(500);
            }
        }
        java.util.Set<String> missing = new java.util.TreeSet<>(expected);
        missing.removeAll(found.keySet());
        assertThat(missing).as("lost on the way to %s", recipient.code()).isEmpty();
        for (var entry : found.entrySet()) {
            HubResponse fetched = recipient.fetch(entry.getValue());
            assertThat(fetched.status()).as("fetch of %s answered %s", entry.getKey(), fetched).isEqualTo(200);
            assertThat(sha256(fetched.body())).as("%s fetched by %s", entry.getKey(), recipient.code())
                    .isEqualTo(sha256(signedById.get(entry.getKey())));
        }
        return found.size();
    }

    /** How many inbox entries (fetched ones included) the recipient has per edXML id, revocations left out. */
    private static java.util.Map<String, Long> inboxCounts(AgencyClient recipient) {
        HubResponse page = recipient.get("/api/v1/inbox?includeFetched=true&limit=500");
        assertThat(page.status()).as("inbox answered %s", page).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> "NEW".equals(i.getString("businessAction", "NEW")))
                .collect(java.util.stream.Collectors.groupingBy(i -> i.getString("edxmlDocumentId", ""),
                        java.util.stream.Collectors.counting()));
    }

    /**
     * At the recipient's hub, the document as registered there under its real sender shows the
     * recipient's delivery REVOKED, and the recipient's fetch is refused as revoked.
     */
    private static void assertRevokedAt(AgencyClient senderThere, String edxmlId, String recipientCode, AgencyClient recipient)
            throws InterruptedException {
        // The revoke travels behind the document, and may still be on its way when the last other document arrived.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject document = null;
        String state = null;
        while (!"REVOKED".equals(state) && Instant.now().isBefore(deadline)) {
            if (document != null) {
                Thread.sleep(500);
            }
            HubResponse list = senderThere.get("/api/v1/sent?limit=500");
            assertThat(list.status()).as("sent list answered %s", list).isEqualTo(200);
            document = list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(d -> edxmlId.equals(d.getString("edxmlDocumentId", null)) && "NEW".equals(d.getString("businessAction", "NEW")))
                    .findFirst().orElseThrow(() -> new AssertionError(edxmlId + " is not registered at the hub of " + recipientCode));
            state = document.getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
                    .filter(r -> recipientCode.equals(r.getString("code"))).findFirst().orElseThrow().getString("state");
        }
        assertThat(state).as("%s's delivery of the revoked document", recipientCode).isEqualTo("REVOKED");
        HubResponse fetched = recipient.fetch(document.getString("documentId"));
        assertThat(fetched.status()).as("fetching the revoked document: %s", fetched).isEqualTo(410);
        assertThat(fetched.problemCode()).isEqualTo("DOCUMENT_REVOKED");
    }

    /** Waits (up to a minute) until the sent view shows every relay of the document past the queue. */
    private static void awaitRelayed(AgencyClient sender, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline) && sender.sent(id).getJsonArray("recipients").getValuesAs(JsonObject.class)
                .stream().anyMatch(r -> "QUEUED".equals(r.getJsonObject("relay").getString("state")))) {
            Thread.sleep(500);
        }
    }

    /** Whether the suite's server answers at all. */
    private static boolean upstreamAnswers() {
        try {
            return Hub.anonymousGet("/api/v1/agencies/" + NATIONAL_HUB).status() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A relay to the national axis as {@code caller}, with the relay headers a hub sends. */
    private static HubResponse relay(String caller, String xml, String relayFor, int hops) {
        return Hub.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Hub.BASE_URL + "/api/v1/documents"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (caller + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/xml")
                .header("LienThong-Relay-For", relayFor)
                .header("LienThong-Relay-Hops", Integer.toString(hops))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(xml)));
    }

    /** The package with one hop of {@code hub}, as a hub appends it to a package whose sender wrote no trace. */
    private static String withHop(String xml, String hub) {
        String hop = "<edXML:TraceHeaderList><edXML:TraceHeader><edXML:OrganId>" + hub + "</edXML:OrganId><edXML:Timestamp>"
                + "2026/12/06 10:00:00</edXML:Timestamp></edXML:TraceHeader></edXML:TraceHeaderList>";
        assertThat(xml).contains("</edXML:MessageHeader>");
        return xml.replace("</edXML:MessageHeader>", "</edXML:MessageHeader>" + hop);
    }

    /** A province's server with its upstream (written where Liberty reads overrides), not yet started. */
    private static CrashServer province(String property, String defaultName, String defaultUrl, String hub) throws IOException {
        String name = System.getProperty(property + ".server.name", defaultName);
        Path overrides = WLP.resolve("usr/servers/" + name + "/configDropins/overrides");
        Files.createDirectories(overrides);
        boolean tls = Hub.BASE_URL.startsWith("https");
        String trust = tls ? """
                    <variable name="lienthong.federation.upstream.truststore" value="%s/truststore.p12"/>
                    <variable name="lienthong.federation.upstream.truststore.password" value="lienthong-it-only"/>
                """.formatted(System.getProperty("it.tls.dir")) : "";
        Files.writeString(overrides.resolve("federation-it.xml"), """
                <server>
                    <variable name="lienthong.federation.upstream.url" value="%s/api/v1/"/>
                    <variable name="lienthong.federation.upstream.code" value="%s"/>
                    <variable name="lienthong.federation.upstream.user" value="%s"/>
                    <variable name="lienthong.federation.upstream.password" value="%s"/>
                %s</server>
                """.formatted(Hub.BASE_URL, NATIONAL_HUB, hub, SECRET, trust));
        return new CrashServer(WLP, name, System.getProperty(property + ".base.url", defaultUrl));
    }

    private static void start(CrashServer server) {
        try {
            // Two servers starting beside the suite's on a shared machine: give them time.
            // (12 minutes: on 2026-12-06, with four builds on two cores, a province took 8 min 20 s.)
            server.start(Duration.ofMinutes(12));
        } catch (Exception e) {
            throw new IllegalStateException("province " + server.baseUrl() + " did not start", e);
        }
    }

    private static AgencyClient admin(CrashServer province) {
        return Hub.signedInAt(province.baseUrl(), "admin", "lienthong-dev-admin");
    }

    /** The agency with this secret, whether an earlier run of the suite registered it or not. */
    private static void ensureAgency(AgencyClient admin, String code, String secret) {
        HubResponse added = admin.postJson("/api/v1/admin/agencies",
                "{\"code\":\"" + code + "\",\"name\":\"Đơn vị liên thông thử " + code + "\",\"secret\":\"" + secret + "\"}");
        if (added.status() == 201) {
            return;
        }
        assertThat(added.problemCode()).as("adding %s answered %s", code, added).isEqualTo("AGENCY_EXISTS");
        HubResponse set = admin.putJson("/api/v1/admin/agencies/" + code + "/secret", "{\"secret\":\"" + secret + "\"}");
        assertThat(set.status()).as("secret of %s: %s", code, set).isEqualTo(200);
    }

    private static void acceptUnsigned(AgencyClient admin, String code) {
        HubResponse policy = admin.putJson("/api/v1/admin/signatures/" + code + "/policy", "{\"mode\": \"ACCEPT_UNSIGNED\"}");
        assertThat(policy.status()).as("policy of %s: %s", code, policy).isEqualTo(200);
    }

    private void servedBy(String agency, String hub) {
        HubResponse set = national.putJson("/api/v1/admin/agencies/" + agency + "/served-by", "{\"hub\":\"" + hub + "\"}");
        assertThat(set.status()).as("served-by of %s: %s", agency, set).isEqualTo(200);
    }

    private void peer(String hub, CrashServer province) {
        HubResponse set = national.putJson("/api/v1/admin/federation/peers/" + hub, "{\"url\":\"" + province.baseUrl()
                + "/api/v1/\",\"account\":\"" + NATIONAL_HUB + "\",\"secret\":\"" + SECRET + "\"}");
        assertThat(set.status()).as("peer %s: %s", hub, set).isEqualTo(200);
    }

    /** A unit code of a tree no earlier run used: {@code 000.00.NNN.tail}. */
    private static String unitOf(String tail) {
        return "000.00." + (100 + RANDOM.nextInt(900)) + "." + tail;
    }

    /** The package as the recipient fetches it from its own hub, waiting for it to arrive there. */
    private static byte[] fetched(AgencyClient recipient, String edxmlId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> id = inbox(recipient, edxmlId).stream().findFirst();
            if (id.isPresent()) {
                HubResponse fetched = recipient.fetch(id.get());
                assertThat(fetched.status()).as("fetch answered %s", fetched).isEqualTo(200);
                return fetched.body();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(edxmlId + " did not reach the inbox of " + recipient.code() + " within 90 s");
    }

    private static int inboxCount(AgencyClient recipient, String edxmlId) {
        return inbox(recipient, edxmlId).size();
    }

    private static List<String> inbox(AgencyClient recipient, String edxmlId) {
        HubResponse page = recipient.get("/api/v1/inbox?includeFetched=true&limit=500");
        assertThat(page.status()).as("inbox answered %s", page).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> edxmlId.equals(i.getString("edxmlDocumentId", null)))
                .map(i -> i.getString("documentId")).toList();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
