package vn.lienthong.exchange.document;

import jakarta.transaction.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.platform.crypto.Sha256;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The package store's choice of place, and its files kept in step with the transaction's outcome. */
class PackageStoreTest {

    @TempDir
    Path directory;

    private final HubDocumentId id = HubDocumentId.next(Clock.systemUTC());
    private final byte[] bytes = "<edXML>gói tin</edXML>".repeat(1_000).getBytes(StandardCharsets.UTF_8);

    private DirectoryArchive files() {
        return PackageStore.filesFor("directory", Optional.of(directory.toString())).orElseThrow();
    }

    private DirectoryArchive stored() {
        DirectoryArchive files = files();
        files.write(id, new ByteArrayInputStream(bytes), Sha256.hex(bytes), bytes.length);
        return files;
    }

    @Test
    void theDatabaseStoreHasNoFiles() {
        assertThat(PackageStore.filesFor("database", Optional.empty())).isEmpty();
        assertThat(PackageStore.filesFor(" Database ", Optional.of("/ignored"))).isEmpty();
    }

    @Test
    void theDirectoryStoreKeepsEachPackageInAFileOfItsOwn() throws Exception {
        DirectoryArchive files = stored();

        assertThat(files.holds(id)).isTrue();
        assertThat(files.describe()).contains(directory.toString());
        try (InputStream in = files.open(id, Sha256.hex(bytes))) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void anUnknownStoreIsRefusedNamingTheSettingInBothLanguages() {
        assertThatThrownBy(() -> PackageStore.filesFor("s3", Optional.of("/srv"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lienthong.packages.store is s3").hasMessageContaining("hãy đặt directory hoặc database");
    }

    @Test
    void aDirectoryStoreWithoutItsDirectoryIsRefused() {
        assertThatThrownBy(() -> PackageStore.filesFor("directory", Optional.of(" "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lienthong.packages.dir is empty");
    }

    @Test
    void theFileOfASubmissionThatRollsBackGoesWithIt() {
        DirectoryArchive files = stored();

        new PackageStore.AfterCompletion(files, id, false).afterCompletion(Status.STATUS_ROLLEDBACK);

        assertThat(files.holds(id)).isFalse();
    }

    @Test
    void theFileOfACommittedSubmissionStays() {
        DirectoryArchive files = stored();

        new PackageStore.AfterCompletion(files, id, false).afterCompletion(Status.STATUS_COMMITTED);

        assertThat(files.holds(id)).isTrue();
    }

    @Test
    void aDeletedFileGoesOnlyOnceTheDeletionCommits() {
        DirectoryArchive files = stored();

        new PackageStore.AfterCompletion(files, id, true).afterCompletion(Status.STATUS_ROLLEDBACK);
        assertThat(files.holds(id)).as("a retention run that rolled back still finds the package").isTrue();

        new PackageStore.AfterCompletion(files, id, true).afterCompletion(Status.STATUS_COMMITTED);
        assertThat(files.holds(id)).isFalse();
    }
}
