package vn.lienthong.exchange.document;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.platform.crypto.Sha256;
import vn.lienthong.platform.objectstore.ObjectStoreClient;
import vn.lienthong.platform.objectstore.S3ProxyServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The object-store archive against a real S3-API server (S3Proxy, signatures enforced): the same promises as
 * the directory store (DirectoryArchiveTest). A package is in the store only once the store confirmed it, a
 * refusal leaves it out and says so, and a copy altered in the store is never served as the original.
 */
class ObjectStoreArchiveTest {

    private static final String BUCKET = "lienthong-archive";

    @TempDir
    static Path directory;

    private static S3ProxyServer s3;

    private final HubDocumentId id = HubDocumentId.next(Clock.systemUTC());
    private final byte[] bytes = "<edXML>văn bản</edXML>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    private final String sha256 = Sha256.hex(bytes);

    @BeforeAll
    static void startTheStore() throws IOException {
        s3 = S3ProxyServer.start(directory, BUCKET);
    }

    @AfterAll
    static void stopTheStore() {
        s3.close();
    }

    private ObjectStoreArchive archive(String secretKey) {
        return new ObjectStoreArchive(new ObjectStoreClient(s3.settings(BUCKET, secretKey), Clock.systemUTC()));
    }

    private Path stored() {
        return s3.file(BUCKET, PackageArchive.key(id));
    }

    @Test
    void anArchivedPackageReadsBackByteForByte() throws IOException {
        PackageArchive archive = archive(S3ProxyServer.SECRET_KEY);
        archive.write(id, new ByteArrayInputStream(bytes), sha256, bytes.length);

        try (InputStream in = archive.open(id, sha256)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(stored()).as("one object per package, under the directory store's name").hasBinaryContent(bytes);
    }

    @Test
    void aStoreThatRefusesTheKeyLeavesThePackageOutAndSaysItStaysInTheDatabase() {
        PackageArchive archive = archive("not-the-secret");

        assertThatThrownBy(() -> archive.write(id, new ByteArrayInputStream(bytes), sha256, bytes.length))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(id.value()).hasMessageContaining("403").hasMessageContaining("SignatureDoesNotMatch")
                .hasMessageContaining("stays in the database");
        assertThat(stored()).doesNotExist();
    }

    @Test
    void bytesThatAreNotThoseOfTheDigestNeverEnterTheArchive() {
        PackageArchive archive = archive(S3ProxyServer.SECRET_KEY);

        assertThatThrownBy(() -> archive.write(id, new ByteArrayInputStream(bytes), "00".repeat(32), bytes.length))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stays in the database");
        assertThat(stored()).doesNotExist();
    }

    @Test
    void fewerBytesThanTheDocumentsSizeAreRefused() {
        PackageArchive archive = archive(S3ProxyServer.SECRET_KEY);

        assertThatThrownBy(() -> archive.write(id, new ByteArrayInputStream(bytes, 0, bytes.length - 1), sha256, bytes.length))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stays in the database");
        assertThat(stored()).doesNotExist();
    }

    @Test
    void aCopyAlteredInTheStoreFailsItsLastRead() throws IOException {
        PackageArchive archive = archive(S3ProxyServer.SECRET_KEY);
        archive.write(id, new ByteArrayInputStream(bytes), sha256, bytes.length);
        byte[] altered = bytes.clone();
        altered[100] ^= 1;
        Files.write(stored(), altered);

        try (InputStream in = archive.open(id, sha256)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("altered or damaged");
        }
    }

    @Test
    void aMissingObjectIsNamed() {
        assertThatThrownBy(() -> archive(S3ProxyServer.SECRET_KEY).open(id, sha256)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing").hasMessageContaining(PackageArchive.key(id));
    }
}
