package vn.lienthong.it.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.it.signature.SignatureServices;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.ServerControl;
import vn.lienthong.signature.testing.LargeSignedPackage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A <em>signed</em> 200 MB package (one attachment of 150 MB, base64) sent to a server whose heap
 * is 512 MB, verified there while it is read (docs/signatures.md), then fetched back by the
 * recipient and checked byte for byte by SHA-256 — all in constant memory on both sides: the body
 * is generated as it is sent and digested as it is received, never held. Run by the Maven profile
 * {@code large-package} only (docs/benchmarks.md); prints the figures.
 * The package and its signature: {@link LargeSignedPackage} (signed by the test PKI's RSA signer of
 * the signature ITs' sending agency, bound to it, under a hard-fail policy).
 */
@ExtendWith(SignatureServices.class)
class LargePackageBenchmark {

    static final long PACKAGE_BYTES = 200L * 1000 * 1000;
    /** The signing agencies are shared with the signature ITs (registered once per database): their secret. */
    private static final String SECRET = "signature-it-secret";
    private static final String RECIPIENT = "000.00.10.H20";

    @BeforeAll
    static void hubIsUpWithASigningAgency() {
        ServerControl.awaitReady(Duration.ofMinutes(5));
        SignatureServices.registerSigningAgencies(SECRET);
    }

    @Test
    void aSignedTwoHundredMegabytePackageIsAcceptedWithAHalfGigabyteHeapAndFetchedBackIntact() throws Exception {
        AgencyClient sender = Hub.as(SignatureServices.SENDER, SECRET);
        HubResponse policy = Hub.admin().putJson("/api/v1/admin/signatures/" + sender.code() + "/policy",
                "{\"mode\":\"REQUIRE_VALID\",\"acceptSha1\":false,\"revocationFailure\":\"HARD\"}");
        assertThat(policy.status()).as(policy.toString()).isEqualTo(200);
        long signStart = System.nanoTime();
        LargeSignedPackage large = LargeSignedPackage.of(Packages.document(sender.code(), RECIPIENT).xml(), PACKAGE_BYTES,
                SignatureServices.pki().get("rsa-signer"));
        long total = large.size();
        String sentSha256 = sha256(large.open());
        double signSeconds = (System.nanoTime() - signStart) / 1e9;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Hub.BASE_URL + "/api/v1/documents"))
                .header("Content-Type", "application/xml")
                .header("Authorization", basic(sender.code(), SECRET))
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        large::open), total))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(answer.getJsonObject("signature").getString("verdict")).as(response.body()).isEqualTo("VALID");
        String id = answer.getString("documentId");

        Hub.as(RECIPIENT).awaitInInbox(id);
        HttpRequest fetch = HttpRequest.newBuilder(URI.create(Hub.BASE_URL + "/api/v1/inbox/" + id))
                .header("Authorization", basic(RECIPIENT, Hub.SAMPLE_SECRET)).timeout(Duration.ofMinutes(30)).GET().build();
        long fetchStart = System.nanoTime();
        HttpResponse<InputStream> fetched = http.send(fetch, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(fetched.statusCode()).isEqualTo(200);
        String fetchedSha256 = sha256(fetched.body());
        double fetchSeconds = (System.nanoTime() - fetchStart) / 1e9;
        assertThat(fetchedSha256).as("the fetched package is the sent one, byte for byte").isEqualTo(sentSha256);
        assertThat(fetched.headers().firstValue("ETag")).contains("\"" + sentSha256 + "\"");

        double mb = total / 1e6;
        System.out.printf(Locale.ROOT, "edXML large signed package: %.1f MB accepted (signature VALID) in %.1f s = %.1f MB/s, "
                        + "fetched back in %.1f s = %.1f MB/s, SHA-256 equal (server -Xmx512m; client digest, signature and hash passes %.1f s)%n",
                mb, seconds, mb / seconds, fetchSeconds, mb / fetchSeconds, signSeconds);
    }

    private static String sha256(InputStream in) throws IOException {
        try (DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digesting.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
