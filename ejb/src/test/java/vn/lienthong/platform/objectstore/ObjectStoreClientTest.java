package vn.lienthong.platform.objectstore;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.platform.crypto.Sha256;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 client against a real S3-API server (S3Proxy) that checks every signature. */
class ObjectStoreClientTest {

    private static final String BUCKET = "lienthong-archive";

    @TempDir
    static Path directory;

    private static S3ProxyServer s3;

    private final byte[] bytes = "<edXML>Công văn số 12</edXML>".repeat(5_000).getBytes(StandardCharsets.UTF_8);
    private final String sha256 = Sha256.hex(bytes);

    @BeforeAll
    static void startTheStore() throws IOException {
        s3 = S3ProxyServer.start(directory, BUCKET);
    }

    @AfterAll
    static void stopTheStore() {
        s3.close();
    }

    private ObjectStoreClient client(String secretKey) {
        return new ObjectStoreClient(s3.settings(BUCKET, secretKey), Clock.systemUTC());
    }

    @Test
    void putsHeadsGetsAndDeletesAnObjectWithSignedRequests() throws IOException {
        ObjectStoreClient client = client(S3ProxyServer.SECRET_KEY);
        ObjectStoreClient.Sent sent = client.put("0192a/doc one.edxml", new ByteArrayInputStream(bytes), bytes.length, sha256);

        assertThat(sent.bytes()).isEqualTo(bytes.length);
        assertThat(sent.sha256()).isEqualTo(sha256);
        assertThat(client.head("0192a/doc one.edxml")).hasValueSatisfying(head -> {
            assertThat(head.contentLength()).isEqualTo(bytes.length);
            assertThat(head.etag()).isEqualToIgnoringCase(sent.md5());
        });
        try (InputStream in = client.get("0192a/doc one.edxml")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(s3.file(BUCKET, "0192a/doc one.edxml")).hasBinaryContent(bytes);

        client.delete("0192a/doc one.edxml");
        assertThat(client.head("0192a/doc one.edxml")).isEmpty();
    }

    @Test
    void aWrongSecretKeyIsRefusedWithTheStoresOwnAnswerAndNothingIsStored() {
        ObjectStoreClient wrong = client("not-the-secret");

        assertThatThrownBy(() -> wrong.put("0192a/refused.edxml", new ByteArrayInputStream(bytes), bytes.length, sha256))
                .isInstanceOfSatisfying(ObjectStoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
                })
                .hasMessageContaining("403").hasMessageContaining("PUT s3://" + BUCKET + "/0192a/refused.edxml");
        assertThat(client(S3ProxyServer.SECRET_KEY).head("0192a/refused.edxml")).isEmpty();
    }

    @Test
    void theStoreRefusesABodyThatIsNotTheBytesOfTheSignedDigest() {
        ObjectStoreClient client = client(S3ProxyServer.SECRET_KEY);
        assertThatThrownBy(() -> client.put("0192a/other.edxml", new ByteArrayInputStream(bytes), bytes.length, "00".repeat(32)))
                .isInstanceOfSatisfying(ObjectStoreException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("XAmzContentSHA256Mismatch");
        assertThat(client.head("0192a/other.edxml")).isEmpty();
    }

    @Test
    void aMissingObjectIsA404AndAMissingBucketIsNamed() {
        assertThatThrownBy(() -> client(S3ProxyServer.SECRET_KEY).get("0192a/never-written.edxml"))
                .isInstanceOfSatisfying(ObjectStoreException.class, e -> assertThat(e.status()).isEqualTo(404));
        ObjectStoreClient noBucket = new ObjectStoreClient(s3.settings("no-such-bucket", S3ProxyServer.SECRET_KEY), Clock.systemUTC());
        assertThatThrownBy(() -> noBucket.put("k", new ByteArrayInputStream(bytes), bytes.length, sha256))
                .isInstanceOfSatisfying(ObjectStoreException.class, e -> assertThat(e.code()).isEqualTo("NoSuchBucket"));
    }

    @Test
    void aStoreThatIsNotThereIsNamedAsUnreachable() throws IOException {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ObjectStoreClient away = new ObjectStoreClient(new ObjectStoreSettings(URI.create("http://127.0.0.1:" + port), BUCKET,
                "us-east-1", S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY, true, Duration.ofSeconds(2)), Clock.systemUTC());
        assertThatThrownBy(() -> away.head("k")).isInstanceOfSatisfying(ObjectStoreException.class,
                e -> assertThat(e.code()).isEqualTo("UNREACHABLE")).hasMessageContaining("HEAD s3://" + BUCKET + "/k");
    }

    @Test
    void settingsWithoutAKeyAreRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> new ObjectStoreSettings(URI.create("https://s3.example.vn"), BUCKET, "us-east-1", "id", " ",
                true, Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret-key");
        assertThat(new ObjectStoreSettings(URI.create("https://s3.example.vn"), BUCKET, "r", "id", "secret", true,
                Duration.ofSeconds(5)).toString()).doesNotContain("secret,").doesNotContain("=secret");
    }

    @Test
    void pathStyleAndVirtualHostedAddressesLeaveDefaultPortsOut() {
        ObjectStoreSettings pathStyle = new ObjectStoreSettings(URI.create("https://s3.example.vn:443/"), "b", "r", "id", "s", true,
                Duration.ofSeconds(5));
        ObjectStoreSettings hosted = new ObjectStoreSettings(URI.create("http://s3.example.vn:9000"), "b", "r", "id", "s", false,
                Duration.ofSeconds(5));
        assertThat(pathStyle.objectUri("0192a/x y.edxml")).hasToString("https://s3.example.vn/b/0192a/x%20y.edxml");
        assertThat(hosted.objectUri("0192a/x.edxml")).hasToString("http://b.s3.example.vn:9000/0192a/x.edxml");
    }
}
