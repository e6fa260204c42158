package vn.lienthong.it.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A server configured as a real deployment (no sample directory) that still holds the development
 * defaults refuses to start the application, naming each default at ERROR level; and
 * ACCEPT_UNSIGNED as the default signature policy is refused too. The server, lienthong-refusal,
 * is made by the build (ear/pom.xml, create-refusal-server) on a fresh directory with the shipped
 * TLS settings, so its first start also shows that TLS comes up clean: no CWPKI0033E, HTTPS answers.
 * Runs once, in the embedded-default suite.
 */
class StartupRefusalIT {

    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    private static final String SERVER = System.getProperty("refusal.server.name", "lienthong-refusal");
    private static final String HTTP = "http://localhost:" + System.getProperty("refusal.http.port", "9680");
    private static final int HTTPS_PORT = Integer.getInteger("refusal.https.port", 10043);
    private static final Path MESSAGES = WLP.resolve("usr/servers").resolve(SERVER).resolve("logs/messages.log");

    private static List<String> log;

    @BeforeAll
    static void startTheServerUntilTheApplicationIsRefused() throws Exception {
        assumeTrue(!"production".equals(System.getProperty("it.configuration")), "embedded-default suite only");
        server("start");
        Instant deadline = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(deadline) && !applicationDone()) {
            Thread.sleep(500);
        }
        log = Files.readAllLines(MESSAGES, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopTheServer() {
        if (log != null) {
            server("stop");
        }
    }

    @Test
    void theApplicationIsRefusedAndEachDevelopmentDefaultIsNamedAtErrorLevel() {
        assertThat(log).anyMatch(line -> line.contains("CWWKZ0002E") && line.contains("lienthong"));
        assertThat(log).noneMatch(line -> line.contains("CWWKZ0001I"));
        for (String setting : new String[]{"admin.password", "tls.keystore.password", "lienthong.hub.keystore.password",
                "lienthong.hub.key.generate", "lienthong.secrets.key.generate", "lienthong.signature.default-policy"}) {
            assertThat(log).as(setting).anyMatch(line -> line.contains(" E ") && line.contains("refuses to start: " + setting + " "));
        }
    }

    @Test
    void nothingOfTheApplicationIsServed() throws Exception {
        HttpResponse<String> inbox = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(HTTP + "/api/v1/inbox"))
                .header("Authorization", "Basic MDAwLjAwLjAwLkcyMjpsaWVudGhvbmctZGV2LXNlY3JldA==").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inbox.statusCode()).isEqualTo(404);
    }

    @Test
    void theFirstStartBringsUpHttpsWithoutAKeystoreError() throws Exception {
        assertThat(log).noneMatch(line -> line.contains("CWPKI0033E"));
        assertThat(log).noneMatch(line -> line.contains(" E ") && line.contains("CWPKI"));
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[]{new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        try (SSLSocket socket = (SSLSocket) trustAll.getSocketFactory().createSocket("localhost", HTTPS_PORT)) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            assertThat(socket.getSession().getPeerCertificates()).isNotEmpty();
        }
    }

    private static boolean applicationDone() throws IOException {
        if (!Files.exists(MESSAGES)) {
            return false;
        }
        String text = Files.readString(MESSAGES, StandardCharsets.UTF_8);
        return text.contains("CWWKZ0002E") || text.contains("CWWKZ0001I");
    }

    private static void server(String command) {
        try {
            Process process = new ProcessBuilder(WLP.resolve("bin/server").toString(), command, SERVER)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // `server start` returns once the JVM is up (seconds on a quiet machine); a CI run sharing two
            // cores with other builds once took over 180 s, which says nothing about the refusal.
            if (!process.waitFor(360, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("server " + command + " " + SERVER + " did not finish within 360 s");
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run server " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
