package vn.lienthong.client.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.client.testing.FakeHub;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LienThongClientTest {

    private static final String PROBLEM = "application/problem+json";

    @TempDir
    Path dir;

    private final FakeHub hub = new FakeHub();
    private final List<Duration> waits = new ArrayList<>();

    LienThongClientTest() throws Exception {
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private LienThongClient client(String url) {
        return LienThongClient.builder(url).agency("000.00.00.G22", "s3cret").retry(RetryPolicy.of(3, Duration.ofSeconds(1)))
                .sleeper(waits::add).build();
    }

    private Path pkg() throws Exception {
        return Files.writeString(dir.resolve("pkg.edxml"), "<edXML/>");
    }

    @Test
    void aSendRetriedAfter503CarriesTheSameKeyAndBytesAndHonoursRetryAfter() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        hub.on("POST /api/v1/documents", (call, ex) -> {
            if (attempts.incrementAndGet() < 3) {
                ex.getResponseHeaders().add("Retry-After", "7");
                FakeHub.reply(ex, 503, PROBLEM, "{\"code\":\"UNAVAILABLE\",\"status\":503}");
            } else {
                FakeHub.reply(ex, 201, "application/json", "{\"documentId\":\"01a2\",\"signature\":{\"verdict\":\"VALID\"},\"receipt\":null}");
            }
        });

        Sent sent = client(hub.url()).send(pkg(), "key-1", Progress.NONE);

        assertThat(sent.documentId()).isEqualTo("01a2");
        assertThat(sent.signatureVerdict()).isEqualTo("VALID");
        assertThat(hub.calls).hasSize(3).allSatisfy(c -> {
            assertThat(c.header("Idempotency-Key")).isEqualTo("key-1");
            assertThat(new String(c.body(), StandardCharsets.UTF_8)).isEqualTo("<edXML/>");
            assertThat(c.header("Authorization")).isEqualTo("Basic MDAwLjAwLjAwLkcyMjpzM2NyZXQ=");
        });
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
    }

    @Test
    void withoutAKeyTheKeyNamesThePackagesBytesSoSendingItAgainIsARetry() throws Exception {
        hub.on("POST /api/v1/documents", (call, ex) -> {
            ex.getResponseHeaders().add("Idempotent-Replayed", "true");
            FakeHub.reply(ex, 200, "application/json", "{\"documentId\":\"01a2\"}");
        });
        Path file = pkg();

        Sent sent = client(hub.url()).send(file);

        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(hub.calls.get(0).header("Idempotency-Key")).isEqualTo("sha256-" + sha);
        assertThat(sent.replayed()).isTrue();
    }

    @Test
    void aRefusalIsNotRetriedAndCarriesTheHubsProblem() throws Exception {
        hub.on("POST /api/v1/documents", (call, ex) -> FakeHub.reply(ex, 422, PROBLEM,
                "{\"code\":\"UNKNOWN_RECIPIENT\",\"status\":422,\"detail\":\"Recipient 000.00.77.H20 is not registered\","
                        + "\"detail_vi\":\"Đơn vị nhận không có\",\"element\":\"MessageHeader/To[1]/OrganId\"}"));

        assertThatThrownBy(() -> client(hub.url()).send(pkg(), "k", Progress.NONE))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNKNOWN_RECIPIENT");
                    assertThat(e.element()).isEqualTo("MessageHeader/To[1]/OrganId");
                    assertThat(e.detailVi()).isEqualTo("Đơn vị nhận không có");
                    assertThat(e.unavailable()).isFalse();
                    assertThat(e.authentication()).isFalse();
                });
        assertThat(hub.calls).hasSize(1);
    }

    @Test
    void aWrongSecretIsAnAuthenticationRefusal() throws Exception {
        hub.on("GET /api/v1/inbox", (call, ex) -> FakeHub.reply(ex, 401, PROBLEM, "{\"code\":\"INVALID_CREDENTIALS\",\"status\":401}"));

        assertThatThrownBy(() -> client(hub.url()).inbox(10, null, false))
                .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.authentication()).isTrue());
    }

    @Test
    void aHubThatCannotBeReachedIsRetriedThenReportedAsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }

        assertThatThrownBy(() -> client("http://127.0.0.1:" + closedPort).send(pkg(), "k", Progress.NONE))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.unavailable()).isTrue();
                });
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aFetchStreamsToTheFileAndChecksTheEtag() throws Exception {
        byte[] body = "<edXML>gói tin</edXML>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        hub.on("GET /api/v1/inbox/01a2", (call, ex) -> {
            ex.getResponseHeaders().add("ETag", "\"" + sha + "\"");
            FakeHub.reply(ex, 200, "application/xml", body);
        });
        List<Long> progress = new ArrayList<>();

        Fetched fetched = client(hub.url()).fetch("01a2", dir.resolve("in.edxml"), (done, total) -> progress.add(done));

        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(body);
        assertThat(fetched.sha256()).isEqualTo(sha);
        assertThat(progress).last().isEqualTo((long) body.length);
    }

    @Test
    void aDamagedDownloadLeavesNoFileBehind() throws Exception {
        hub.on("GET /api/v1/inbox/01a2", (call, ex) -> {
            ex.getResponseHeaders().add("ETag", "\"" + "0".repeat(64) + "\"");
            FakeHub.reply(ex, 200, "application/xml", "<edXML/>");
        });

        assertThatThrownBy(() -> client(hub.url()).fetch("01a2", dir.resolve("in.edxml"), Progress.NONE)).hasMessageContaining("damaged");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSendThatTimedOutIsRetriedUnderTheSameKeySoTheHubCanAnswerItAsAReplay() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        hub.on("POST /api/v1/documents", (call, ex) -> {
            if (attempts.incrementAndGet() == 1) {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            FakeHub.reply(ex, 201, "application/json", "{\"documentId\":\"01a2\"}");
        });
        LienThongClient impatient = LienThongClient.builder(hub.url()).agency("000.00.00.G22", "s").timeout(Duration.ofMillis(300))
                .retry(RetryPolicy.of(3, Duration.ZERO)).sleeper(waits::add).build();

        assertThat(impatient.send(pkg(), "key-7", Progress.NONE).documentId()).isEqualTo("01a2");
        assertThat(hub.calls).hasSize(2).allSatisfy(c -> assertThat(c.header("Idempotency-Key")).isEqualTo("key-7"));
    }

    @Test
    void aStatusIsNotRetriedAfterATimeoutWhereTheHubMayHaveStoredIt() throws Exception {
        hub.on("POST /api/v1/statuses", (call, ex) -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FakeHub.reply(ex, 201, "application/json", "{}");
        });
        LienThongClient impatient = LienThongClient.builder(hub.url()).agency("000.00.00.G22", "s").timeout(Duration.ofMillis(300))
                .retry(RetryPolicy.of(3, Duration.ZERO)).sleeper(waits::add).build();

        assertThatThrownBy(() -> impatient.sendStatus(pkg())).isInstanceOf(HubException.class);
        assertThat(hub.calls).hasSize(1);
    }
}
