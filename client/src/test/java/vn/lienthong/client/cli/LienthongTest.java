package vn.lienthong.client.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.client.signature.SigningKey;
import vn.lienthong.client.testing.FakeHub;
import vn.lienthong.client.testing.JdkXmlSignatures;
import vn.lienthong.client.testing.TestCms;
import vn.lienthong.client.testing.TestKeys;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's contract: what it sends, what it prints, and the exit code of each kind of failure. */
class LienthongTest {

    private static final String PROBLEM = "application/problem+json";

    @TempDir
    Path dir;

    private final FakeHub hub = new FakeHub();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    LienthongTest() throws Exception {
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--hub", hub.url(), "--agency", "000.00.00.G22", "--secret", "s3cret",
                "--retry-wait", "0s", "--quiet"));
        all.addAll(List.of(args));
        return Lienthong.run(all.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sendBuildsSignsAndSendsThePackageUnderTheKeyOfItsBytes() throws Exception {
        SigningKey key = TestKeys.selfSigned("CN=Văn thư,OU=000.00.00.G22", TestKeys.rsa());
        Path p12 = TestKeys.pkcs12(dir, key, "pw".toCharArray());
        Path pdf = Files.write(dir.resolve("vanban.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        hub.on("POST /api/v1/documents", (call, ex) -> FakeHub.reply(ex, 201, "application/json",
                "{\"documentId\":\"01a2\",\"signature\":{\"verdict\":\"VALID\"}}"));
        Path saved = dir.resolve("sent.edxml");

        int exit = run("--keystore", p12.toString(), "--keystore-password", "pw", "--json", "send", "--to", "000.00.00.H41=UBND tỉnh",
                "--number", "12", "--notation", "UBND-VP", "--place", "Cao Lãnh", "--subject", "V/v thử", "--attach", pdf.toString(),
                "--save", saved.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out()).contains("\"documentId\":\"01a2\"").contains("\"replayed\":false");
        byte[] body = hub.calls.get(0).body();
        assertThat(body).isEqualTo(Files.readAllBytes(saved));
        assertThat(hub.calls.get(0).header("Idempotency-Key"))
                .isEqualTo("sha256-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
        assertThat(JdkXmlSignatures.valid(saved, key.certificate())).isTrue();
    }

    @Test
    void aWrongCommandLineIsAUsageErrorAndSendsNothing() throws Exception {
        long leftBefore = leftovers();
        assertThat(run("sned")).isEqualTo(2);
        assertThat(run("send", "--to", "000.00.00.H41", "--subject", "x")).isEqualTo(2);
        assertThat(run("inbox", "--limt", "5")).isEqualTo(2);
        assertThat(run("send", "--to", "000.00.00.H41", "--number", "1", "--notation", "X", "--place", "P", "--subject", "S",
                "--date", "20/11/2026")).isEqualTo(2);
        assertThat(hub.calls).isEmpty();
        assertThat(leftovers()).as("no package file left behind").isEqualTo(leftBefore);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command sned").contains("unknown option --limt");
    }

    private static long leftovers() throws Exception {
        try (var files = Files.list(Path.of("."))) {
            return files.filter(f -> f.getFileName().toString().startsWith("lienthong-")).count();
        }
    }

    @Test
    void eachKindOfFailureHasItsOwnExitCode() throws Exception {
        Path pkg = Files.writeString(dir.resolve("p.edxml"), "<edXML/>");
        hub.on("GET /api/v1/inbox", (call, ex) -> FakeHub.reply(ex, 401, PROBLEM, "{\"code\":\"INVALID_CREDENTIALS\",\"status\":401}"));
        hub.on("POST /api/v1/documents", (call, ex) -> FakeHub.reply(ex, 422, PROBLEM,
                "{\"code\":\"UNKNOWN_RECIPIENT\",\"status\":422,\"detail\":\"Recipient 000.00.77.H20 is not registered\",\"detail_vi\":\"Đơn vị nhận không có trong danh bạ\"}"));
        hub.on("POST /api/v1/inbox/01a2/ack", (call, ex) -> FakeHub.reply(ex, 503, PROBLEM, "{\"code\":\"UNAVAILABLE\",\"status\":503}"));

        assertThat(run("inbox")).isEqualTo(3);
        assertThat(run("--json", "send", pkg.toString())).isEqualTo(4);
        assertThat(out()).contains("\"problem\":{\"code\":\"UNKNOWN_RECIPIENT\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Đơn vị nhận không có trong danh bạ");
        assertThat(run("--retries", "2", "ack", "01a2")).isEqualTo(5);
        assertThat(hub.calls).filteredOn(c -> c.path().endsWith("/ack")).hasSize(3);
    }

    @Test
    void fetchWithVerifyFailsWithTheVerificationCodeWhenThePackageWasAlteredAfterSigning() throws Exception {
        SigningKey key = TestKeys.selfSigned("CN=A", TestKeys.rsa());
        Path signed = dir.resolve("s.edxml");
        run("--keystore", TestKeys.pkcs12(dir, key, "pw".toCharArray()).toString(), "--keystore-password", "pw", "send", "--to", "000.00.00.H41",
                "--number", "1", "--notation", "X", "--place", "P", "--subject", "Nguyên bản", "--save", signed.toString());
        byte[] altered = Files.readString(signed).replace("Nguyên bản", "Sửa đổi").getBytes(StandardCharsets.UTF_8);
        hub.on("GET /api/v1/inbox/01a2", (call, ex) -> FakeHub.reply(ex, 200, "application/xml", altered));

        assertThat(run("fetch", "01a2", "--out", dir.toString(), "--verify")).isEqualTo(6);
        assertThat(out()).contains("INVALID");
        assertThat(dir.resolve("01a2.edxml")).exists();
    }

    @Test
    void receiptVerifyChecksTheReceiptAgainstThePinnedCertificateAndThePackage() throws Exception {
        KeyPair hubKey = TestKeys.ec();
        X509Certificate hubCert = TestKeys.certificate("CN=hub", hubKey, "CN=hub", hubKey.getPrivate(), false);
        Path pem = Files.writeString(dir.resolve("hub.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(hubCert.getEncoded()) + "\n-----END CERTIFICATE-----\n");
        Path pkg = Files.writeString(dir.resolve("p.edxml"), "<edXML/>");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pkg)));
        Path receipt = Files.write(dir.resolve("r.p7s"), TestCms.sign(("{\"receipt\":\"acceptance\",\"documentId\":\"01a2\",\"packageSha256\":\""
                + sha + "\"}").getBytes(StandardCharsets.UTF_8), hubKey, hubCert, true));
        Path other = Files.writeString(dir.resolve("other.edxml"), "<edXML>khác</edXML>");

        assertThat(run("receipt", "verify", receipt.toString(), "--hub-cert", pem.toString(), "--package", pkg.toString())).isZero();
        assertThat(out()).startsWith("VALID\tacceptance\t01a2");
        assertThat(run("receipt", "verify", receipt.toString(), "--hub-cert", pem.toString(), "--package", other.toString())).isEqualTo(6);
    }

    @Test
    void severalDocumentsAreAcknowledgedInOneBatchCallAndARefusedOneSetsTheExitCode() {
        hub.on("POST /api/v1/inbox/acks", (call, ex) -> FakeHub.reply(ex, 200, "application/json",
                "{\"results\":[{\"documentId\":\"01a2\",\"state\":\"FETCHED\"},{\"documentId\":\"01a3\",\"problem\":{\"code\":\"NOT_YOURS\"}}]}"));

        assertThat(run("ack", "01a2", "01a3")).isEqualTo(4);
        assertThat(hub.calls).hasSize(1);
        assertThat(out()).contains("01a2\tFETCHED").contains("01a3\tREFUSED\tNOT_YOURS");
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("send FILE", "inbox", "fetch ID", "ack ID", "status send", "receipt verify", "directory sync",
                "--retries", "--retry-wait", "3 sign-in refused", "6 verification failed");
    }
}
