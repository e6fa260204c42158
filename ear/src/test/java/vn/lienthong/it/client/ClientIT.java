package vn.lienthong.it.client;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.client.edxml.DocumentBuilder;
import vn.lienthong.client.edxml.ReceivedDocument;
import vn.lienthong.client.edxml.StatusBuilder;
import vn.lienthong.client.edxml.StatusCode;
import vn.lienthong.client.http.BatchItem;
import vn.lienthong.client.http.Fetched;
import vn.lienthong.client.http.LienThongClient;
import vn.lienthong.client.http.Progress;
import vn.lienthong.client.http.Sent;
import vn.lienthong.client.signature.HubSignatures;
import vn.lienthong.client.signature.PackageSigner;
import vn.lienthong.client.signature.PackageVerifier;
import vn.lienthong.client.signature.SigningKey;
import vn.lienthong.client.signature.Verification;
import vn.lienthong.client.testing.SoftHsm;
import vn.lienthong.it.signature.SignatureServices;
import vn.lienthong.it.support.Hub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client library against the running hub, as agency software uses it: a package built and signed
 * (PKCS#12 file, SoftHSM token), sent twice under one key (one document), received, verified,
 * acknowledged and answered with status 03, which the sender sees; the hub's receipt verified
 * offline. {@link ClientCommandLineIT} does the same through the command line as a process.
 */
@ExtendWith(SignatureServices.class)
class ClientIT {

    private static SigningKey senderKey;
    private static SigningKey recipientKey;

    private final LienThongClient sender = client(ClientAgencies.SENDER);
    private final LienThongClient recipient = client(ClientAgencies.RECIPIENT);

    @BeforeAll
    static void agenciesAndTheirSigners() {
        ClientAgencies.register();
        senderKey = ClientAgencies.signer(ClientAgencies.SENDER, "Văn thư Sở thử nghiệm");
        recipientKey = ClientAgencies.signer(ClientAgencies.RECIPIENT, "Văn thư đơn vị nhận");
    }

    static LienThongClient client(String agency) {
        return LienThongClient.builder(Hub.BASE_URL).agency(agency, ClientAgencies.SECRET).build();
    }

    static Path work() throws Exception {
        // Absolute: the command line runs in processes of its own, in other directories.
        return Files.createDirectories(Path.of("target", "client-it", System.getProperty("it.configuration", "embedded")).toAbsolutePath());
    }

    @Test
    void aPackageSignedWithAPkcs12FileGoesOnceThroughTheHubAndComesBackWithStatus03() throws Exception {
        Path p12 = ClientAgencies.pkcs12(work(), "sender", senderKey);
        roundTrip(SigningKey.pkcs12(p12, ClientAgencies.P12_PASSWORD.toCharArray(), null));
    }

    @Test
    void aPackageSignedOnASoftHsmTokenIsValidAtTheHub() throws Exception {
        // Skipped only where Debian's softhsm2 is absent; .ci/run installs it.
        String why = SoftHsm.unavailable();
        if (why != null) {
            System.out.println("SKIPPED " + getClass().getSimpleName() + " SoftHSM case: " + why);
        }
        Assumptions.assumeTrue(why == null, why);
        Path config = SoftHsm.token("client-it-" + UUID.randomUUID().toString().substring(0, 8), senderKey);

        SigningKey token = SigningKey.pkcs11(config, SoftHsm.PIN.toCharArray(), "signer");

        assertThat(token.provider().getName()).startsWith("SunPKCS11");
        roundTrip(token);
    }

    @Test
    void severalPackagesAreFetchedInOneBatchCallAndAcknowledgedInAnother() throws Exception {
        Path dir = Files.createDirectories(work().resolve("batch-" + UUID.randomUUID()));
        PackageSigner signer = new PackageSigner(senderKey);
        List<String> ids = new java.util.ArrayList<>();
        List<Path> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
            Path pkg = dir.resolve("sent-" + i + ".edxml");
            signer.sign(DocumentBuilder.from(ClientAgencies.SENDER, null).to(ClientAgencies.RECIPIENT, null)
                    .code(String.valueOf(number), "STN-LO").promulgation("Cao Lãnh", LocalDate.now()).subject("Lô văn bản " + number).build(), pkg);
            ids.add(sender.send(pkg).documentId());
            sent.add(pkg);
        }
        for (String id : ids) {
            awaitInInbox(id);
        }
        String unknown = "01a20000-0000-7000-8000-000000000000";

        List<BatchItem> items = recipient.batches().fetch(List.of(ids.get(0), ids.get(1), ids.get(2), unknown), dir.resolve("in"), Progress.NONE);

        assertThat(items).extracting(BatchItem::documentId).containsExactly(ids.get(0), ids.get(1), ids.get(2), unknown);
        for (int i = 0; i < 3; i++) {
            assertThat(Files.readAllBytes(items.get(i).fetched().file())).isEqualTo(Files.readAllBytes(sent.get(i)));
            assertThat(new PackageVerifier(List.of(ClientAgencies.root())).verify(items.get(i).fetched().file()).valid()).isTrue();
        }
        assertThat(items.get(3).problem().getString("code")).isEqualTo("UNKNOWN_DOCUMENT");
        assertThat(recipient.batches().acknowledge(ids)).allSatisfy(r -> assertThat(r.getString("state")).isEqualTo("FETCHED"));
    }

    private void roundTrip(SigningKey key) throws Exception {
        Path dir = Files.createDirectories(work().resolve(UUID.randomUUID().toString()));
        Path pdf = Files.write(dir.resolve("vanban.pdf"), ("%PDF-1.4\n% Văn bản thử " + dir + "\n%%EOF\n").getBytes());
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Path pkg = dir.resolve("document.edxml");
        new PackageSigner(key).sign(DocumentBuilder.from(ClientAgencies.SENDER, "Sở thử nghiệm")
                .to(ClientAgencies.RECIPIENT, "Đơn vị nhận").code(String.valueOf(number), "STN-VP")
                .promulgation("Cao Lãnh", LocalDate.now()).documentType(1, "Công văn").subject("V/v thử thư viện khách " + number)
                .dueDate(LocalDate.now().plusDays(10)).steeringType(1).attach(pdf).build(), pkg);
        String key1 = "client-it-" + UUID.randomUUID();

        Sent first = sender.send(pkg, key1, Progress.NONE);
        Sent again = sender.send(pkg, key1, Progress.NONE);

        assertThat(first.signatureVerdict()).as(first.answer().toString()).isEqualTo("VALID");
        assertThat(again.documentId()).isEqualTo(first.documentId());
        assertThat(again.replayed()).isTrue();
        receiptHolds(sender, first, pkg);

        String id = first.documentId();
        JsonObject item = awaitInInbox(id);
        assertThat(item.getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
        assertThat(recipient.inbox(500, null, true).items().stream()
                .filter(i -> i.getString("subject", "").equals("V/v thử thư viện khách " + number))).as("one document").hasSize(1);
        Fetched fetched = recipient.fetch(id, dir.resolve("received.edxml"), Progress.NONE);
        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(Files.readAllBytes(pkg));
        Verification verified = new PackageVerifier(List.of(ClientAgencies.root())).verify(fetched.file());
        assertThat(verified.verdict()).as(verified.reason()).isEqualTo(Verification.Verdict.VALID);
        assertThat(verified.signer().getSubjectX500Principal().getName()).contains("OU=" + ClientAgencies.SENDER);
        assertThat(recipient.acknowledge(id).getString("state")).isEqualTo("FETCHED");

        Path status = dir.resolve("status.edxml");
        new PackageSigner(recipientKey).sign(StatusBuilder.answering(ReceivedDocument.read(fetched.file()))
                .from(ClientAgencies.RECIPIENT, "Đơn vị nhận").status(StatusCode.ACCEPTED, "Đã vào sổ văn bản đến số " + number)
                .staff("Văn phòng", "Lê Văn C").build(), status);
        JsonObject answer = recipient.sendStatus(status);
        assertThat(answer.getString("statusCode")).isEqualTo("03");
        assertThat(answer.getJsonObject("signature").getString("verdict")).isEqualTo("VALID");

        JsonObject seen = sender.sent(id).getJsonArray("recipients").getJsonObject(0);
        assertThat(seen.getString("state")).isEqualTo("FETCHED");
        assertThat(seen.getJsonArray("statuses").getJsonObject(0).getString("code")).isEqualTo("03");
        assertThat(seen.getJsonArray("statuses").getJsonObject(0).getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
    }

    private JsonObject awaitInInbox(String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (JsonObject i : recipient.inbox(500, null, false).items()) {
                if (i.getString("documentId").equals(id)) {
                    return i;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(id + " did not reach " + ClientAgencies.RECIPIENT + "'s inbox within 60 s");
    }

    /** The hub's receipt, in the answer and from GET /receipts, checked offline against its certificate as a sender pins it. */
    private static void receiptHolds(LienThongClient sender, Sent sent, Path pkg) throws Exception {
        HubSignatures hub = new HubSignatures(sender.hubCertificate());
        byte[] receipt = sent.receipt() != null ? sent.receipt() : sender.receipt(sent.documentId());
        HubSignatures.Receipt r = hub.receipt(receipt, pkg);
        assertThat(r.documentId()).isEqualTo(sent.documentId());
        assertThat(r.content().getString("sender")).isEqualTo(ClientAgencies.SENDER);
        assertThat(hub.receipt(sender.receipt(sent.documentId()), pkg).documentId()).isEqualTo(sent.documentId());
    }
}
