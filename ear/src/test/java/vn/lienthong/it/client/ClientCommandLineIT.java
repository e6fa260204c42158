package vn.lienthong.it.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.client.signature.SigningKey;
import vn.lienthong.it.signature.SignatureServices;
import vn.lienthong.signature.testing.TestPki;

import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code lienthong} command line run as a process against the running hub: the whole flow of
 * {@link ClientIT} (send twice, one document; fetch, verify, acknowledge; status 03; the receipt
 * verified offline), a refused sign-in's exit code, and a signed package of over 100 MB sent and
 * fetched by processes whose heap (64 MB) could not hold it.
 */
@ExtendWith(SignatureServices.class)
class ClientCommandLineIT {

    private static final String HEAP = "64m";
    private static Path dir;
    private static Path senderP12;
    private static Path recipientP12;
    private static Path rootPem;
    private static Path hubPem;

    private final CommandLine sender = new CommandLine(ClientAgencies.SENDER, ClientAgencies.SECRET, HEAP);
    private final CommandLine recipient = new CommandLine(ClientAgencies.RECIPIENT, ClientAgencies.SECRET, HEAP);

    @BeforeAll
    static void agenciesSignersAndPinnedCertificates() throws Exception {
        ClientAgencies.register();
        dir = Files.createDirectories(ClientIT.work().resolve("cli-" + UUID.randomUUID().toString().substring(0, 8)));
        SigningKey senderKey = ClientAgencies.signer(ClientAgencies.SENDER, "Văn thư dòng lệnh");
        senderP12 = ClientAgencies.pkcs12(dir, "sender", senderKey);
        recipientP12 = ClientAgencies.pkcs12(dir, "recipient", ClientAgencies.signer(ClientAgencies.RECIPIENT, "Văn thư nhận dòng lệnh"));
        rootPem = Files.writeString(dir.resolve("root.pem"), TestPki.pem(ClientAgencies.root()));
        hubPem = Files.writeString(dir.resolve("hub.pem"), TestPki.pem(ClientIT.client(ClientAgencies.SENDER).hubCertificate()));
    }

    private static JsonObject json(CommandLine.Run run) {
        assertThat(run.exit()).as("exit %d, stderr: %s", run.exit(), run.err()).isZero();
        return Json.createReader(new StringReader(run.out())).readObject();
    }

    @Test
    void theCommandLineSendsOnceReceivesVerifiesAcknowledgesAndAnswersWithStatus03() throws Exception {
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Path pdf = Files.writeString(dir.resolve("cv-" + number + ".pdf"), "%PDF-1.4\n% công văn " + number + "\n%%EOF\n");
        Path pkg = dir.resolve("sent-" + number + ".edxml");
        Path receipt = dir.resolve("receipt-" + number + ".p7s");

        JsonObject first = json(sender.run(dir, "--json", "--keystore", senderP12.toString(), "send", "--to",
                ClientAgencies.RECIPIENT + "=Đơn vị nhận", "--number", String.valueOf(number), "--notation", "STN-DL", "--place", "Cao Lãnh",
                "--subject", "V/v thử dòng lệnh " + number, "--attach", pdf.toString(), "--save", pkg.toString(), "--receipt", receipt.toString()));
        JsonObject again = json(sender.run(dir, "--json", "send", pkg.toString()));

        String id = first.getString("documentId");
        assertThat(first.getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
        assertThat(again.getString("documentId")).isEqualTo(id);
        assertThat(again.getBoolean("replayed")).isTrue();
        assertThat(sender.run(dir, "receipt", "verify", receipt.toString(), "--hub-cert", hubPem.toString(), "--package", pkg.toString()).exit())
                .isZero();

        awaitInInbox(id);
        JsonObject fetched = json(recipient.run(dir, "--json", "fetch", id, "--out", dir.toString(), "--verify", "--trust", rootPem.toString()));
        assertThat(fetched.getJsonObject("verification").getString("verdict")).isEqualTo("VALID");
        assertThat(Files.readAllBytes(Path.of(fetched.getString("file")))).isEqualTo(Files.readAllBytes(pkg));
        assertThat(json(recipient.run(dir, "--json", "ack", id)).getString("state")).isEqualTo("FETCHED");
        JsonObject status = json(recipient.run(dir, "--json", "--keystore", recipientP12.toString(), "status", "send",
                fetched.getString("file"), "--code", "03", "--description", "Đã vào sổ số " + number));
        assertThat(status.getJsonObject("signature").getString("verdict")).isEqualTo("VALID");

        JsonObject shown = json(sender.run(dir, "--json", "status", "show", id));
        assertThat(shown.getJsonArray("recipients").getJsonObject(0).getJsonArray("statuses").getJsonObject(0).getString("code")).isEqualTo("03");
    }

    @Test
    void aRefusedSignInAndARefusedPackageExitWithTheirOwnCodes() throws Exception {
        CommandLine wrongSecret = new CommandLine(ClientAgencies.SENDER, "not-the-secret-at-all", HEAP);
        assertThat(wrongSecret.run(dir, "inbox").exit()).isEqualTo(3);

        CommandLine.Run refused = sender.run(dir, "--json", "send", "--to", "000.00.77.H20", "--number", "1", "--notation", "X",
                "--place", "P", "--subject", "Gửi đơn vị không có");
        assertThat(refused.exit()).as(refused.err()).isEqualTo(4);
        assertThat(refused.out()).contains("\"code\":\"UNKNOWN_RECIPIENT\"");
    }

    @Test
    void aSignedPackageOfOver100MbIsSentAndFetchedByProcessesWhoseHeapCouldNotHoldIt() throws Exception {
        Path big = dir.resolve("ho-so-lon.bin");
        byte[] block = new byte[1 << 20];
        new Random(20).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 76; i++) {
                block[0] = (byte) i;
                out.write(block);
            }
        }
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Path pkg = dir.resolve("big-" + number + ".edxml");

        CommandLine.Run sent = sender.run(dir, "--json", "--keystore", senderP12.toString(), "send", "--to", ClientAgencies.RECIPIENT,
                "--number", String.valueOf(number), "--notation", "STN-LON", "--place", "Cao Lãnh", "--subject", "Hồ sơ lớn " + number,
                "--attach", big.toString(), "--save", pkg.toString());
        JsonObject answer = json(sent);
        assertThat(Files.size(pkg)).isGreaterThan(100L * 1024 * 1024);
        assertThat(answer.getJsonObject("signature").getString("verdict")).isEqualTo("VALID");
        assertThat(sent.err()).as("the progress bar on stderr").contains("100%");

        String id = answer.getString("documentId");
        awaitInInbox(id);
        CommandLine.Run fetched = recipient.run(dir, "--json", "fetch", id, "--out", dir.resolve("big-received.edxml").toString(),
                "--verify", "--trust", rootPem.toString());
        JsonObject got = json(fetched);
        assertThat(got.getJsonObject("verification").getString("verdict")).isEqualTo("VALID");
        assertThat(got.getString("sha256")).isEqualTo(sha256(pkg));
        assertThat(json(recipient.run(dir, "--json", "ack", id)).getString("state")).isEqualTo("FETCHED");
        Files.delete(big);
        Files.delete(pkg);
        Files.delete(Path.of(got.getString("file")));
    }

    private void awaitInInbox(String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (recipient.run(dir, "inbox", "--limit", "500").out().contains(id)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(id + " did not reach the inbox within 90 s");
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
