package vn.lienthong.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agency software signs in with a client certificate over mutual TLS. The servers trust the test
 * CA of ear/src/test/tls/make-test-pki.sh; a certificate signs in only the agency an administrator
 * registered it to.
 */
class MutualTlsIT {

    private static final String PASSWORD = "lienthong-it-only";
    private static final Path PKI = Path.of(System.getProperty("it.tls.dir", "target/it-tls"));
    private static final String HTTPS = System.getProperty("it.https.url", "https://localhost:9543");

    private final AgencyClient agency = Hub.as("000.01.33.H41");
    private final AgencyClient sender = Hub.as("000.00.00.G22");
    private String fingerprint;

    @AfterEach
    void unregister() {
        if (fingerprint != null) {
            Hub.admin().delete("/api/v1/admin/agencies/" + agency.code() + "/certificates/" + fingerprint);
        }
    }

    @Test
    void aRegisteredClientCertificateSignsInItsAgencyAndNoOther() throws Exception {
        HubResponse registered = Hub.admin().postJson("/api/v1/admin/agencies/" + agency.code() + "/certificates",
                Json.createObjectBuilder().add("certificate", Files.readString(PKI.resolve("registered.pem"))).build().toString());
        assertThat(registered.status()).as("registration answered %s", registered).isEqualTo(201);
        fingerprint = registered.json().getString("fingerprint");
        assertThat(registered.json().getString("subject")).contains("registered agency software");

        String id = sender.send(Packages.document(sender.code(), agency.code()).xml());
        agency.awaitInInbox(id);

        HttpClient withCertificate = client("registered.p12");
        HttpResponse<String> inbox = get(withCertificate, "/api/v1/inbox?includeFetched=true&limit=500");
        assertThat(inbox.statusCode()).as("inbox over mutual TLS answered %s", inbox.body()).isEqualTo(200);
        assertThat(inbox.body()).contains(id);

        Packages.Document reply = Packages.document(agency.code(), sender.code());
        HttpResponse<String> sent = send(withCertificate, HttpRequest.newBuilder(URI.create(HTTPS + "/api/v1/documents"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(reply.xml())));
        assertThat(sent.statusCode()).as("send over mutual TLS answered %s", sent.body()).isEqualTo(201);
        assertThat(json(sent.body()).getString("sender")).isEqualTo(agency.code());

        Packages.Document forged = Packages.document(sender.code(), agency.code());
        HttpResponse<String> mismatch = send(withCertificate, HttpRequest.newBuilder(URI.create(HTTPS + "/api/v1/documents"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(forged.xml())));
        assertThat(mismatch.statusCode()).as("the certificate's agency cannot send as another").isEqualTo(403);
        assertThat(json(mismatch.body()).getString("code")).isEqualTo("SENDER_MISMATCH");
    }

    @Test
    void aCertificateFromTheTrustedAuthorityThatNoAgencyRegisteredSignsInNobody() throws Exception {
        HttpResponse<String> response = get(client("unregistered.p12"), "/api/v1/inbox");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response.body()).getString("code")).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void aCertificateStopsWorkingWhenItsRegistrationIsRemoved() throws Exception {
        HubResponse registered = Hub.admin().postJson("/api/v1/admin/agencies/" + agency.code() + "/certificates",
                Json.createObjectBuilder().add("certificate", Files.readString(PKI.resolve("registered.pem"))).build().toString());
        assertThat(registered.status()).isEqualTo(201);
        String registeredFingerprint = registered.json().getString("fingerprint");
        HttpClient withCertificate = client("registered.p12");
        assertThat(get(withCertificate, "/api/v1/inbox").statusCode()).isEqualTo(200);

        assertThat(Hub.admin().delete("/api/v1/admin/agencies/" + agency.code() + "/certificates/" + registeredFingerprint)
                .status()).isEqualTo(204);
        assertThat(get(client("registered.p12"), "/api/v1/inbox").statusCode()).isEqualTo(401);
    }

    @Test
    void withoutACertificateOrCredentialTheHttpsApiRefuses() throws Exception {
        HttpResponse<String> response = get(client(null), "/api/v1/inbox");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response.body()).getString("code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void onlyAdministratorsRegisterCertificates() throws IOException {
        String body = Json.createObjectBuilder().add("certificate", Files.readString(PKI.resolve("unregistered.pem"))).build().toString();
        assertThat(agency.postJson("/api/v1/admin/agencies/" + agency.code() + "/certificates", body).status()).isEqualTo(403);
        HubResponse garbage = Hub.admin().postJson("/api/v1/admin/agencies/" + agency.code() + "/certificates",
                "{\"certificate\":\"-----BEGIN CERTIFICATE-----\\nnot a certificate\\n-----END CERTIFICATE-----\"}");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.problemCode()).isEqualTo("INVALID_REQUEST");
    }

    /** An HTTPS client presenting {@code keyStore}'s certificate (none when null), trusting the server's own key. */
    private static HttpClient client(String keyStore) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        KeyStore clientStore = KeyStore.getInstance("PKCS12");
        if (keyStore != null) {
            try (InputStream in = Files.newInputStream(PKI.resolve(keyStore))) {
                clientStore.load(in, PASSWORD.toCharArray());
            }
        } else {
            clientStore.load(null, null);
        }
        keys.init(clientStore, PASSWORD.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(serverKeyStore());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * What the server under test presents: the key Liberty generated at its first start (tls.xml),
     * or, on the production configuration, a key the test CA issued (make-test-pki.sh).
     */
    private static KeyStore serverKeyStore() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        Path generated = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"), "usr", "servers",
                System.getProperty("it.server.name", "lienthong-it"), "resources", "security", "lienthong-tls.p12");
        if (Files.exists(generated)) {
            trustCertificatesOf(generated, "lienthong-dev-keystore", trusted);
        }
        trustCertificatesOf(PKI.resolve("truststore.p12"), PASSWORD, trusted);
        return trusted;
    }

    private static void trustCertificatesOf(Path file, String password, KeyStore trusted) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        for (String alias : java.util.Collections.list(store.aliases())) {
            trusted.setCertificateEntry(file.getFileName() + "-" + alias, store.getCertificate(alias));
        }
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return send(client, HttpRequest.newBuilder(URI.create(HTTPS + path)).GET());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
