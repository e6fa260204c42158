package vn.lienthong.exchange.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.platform.crypto.Sha256;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryArchiveTest {

    @TempDir
    Path directory;

    private final HubDocumentId id = HubDocumentId.next(Clock.systemUTC());
    private final byte[] bytes = "<edXML>văn bản</edXML>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    private final String sha256 = Sha256.hex(bytes);

    private DirectoryArchive archive() {
        return new DirectoryArchive(directory);
    }

    @Test
    void anArchivedPackageReadsBackByteForByte() throws IOException {
        DirectoryArchive archive = archive();
        archive.write(id, new ByteArrayInputStream(bytes), sha256, bytes.length);

        try (InputStream in = archive.open(id, sha256)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(archive.file(id)).exists().hasParent(directory.resolve(id.value().substring(0, 5)));
        assertThat(directory.resolve(id.value().substring(0, 5))).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void bytesThatAreNotThoseOfTheDigestNeverEnterTheArchive() {
        DirectoryArchive archive = archive();
        assertThatThrownBy(() -> archive.write(id, new ByteArrayInputStream(bytes), "00".repeat(32), bytes.length))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("was not stored there");
        assertThat(archive.file(id)).doesNotExist();
        assertThat(archive.file(id).resolveSibling(id.value() + ".edxml.partial")).doesNotExist();
    }

    @Test
    void anArchiveCopyAlteredOnDiskFailsItsLastRead() throws IOException {
        DirectoryArchive archive = archive();
        archive.write(id, new ByteArrayInputStream(bytes), sha256, bytes.length);
        byte[] altered = bytes.clone();
        altered[100] ^= 1;
        Files.write(archive.file(id), altered);

        try (InputStream in = archive.open(id, sha256)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("altered or damaged");
        }
    }

    @Test
    void aMissingArchiveFileIsNamed() {
        assertThatThrownBy(() -> archive().open(id, sha256)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
    }
}
