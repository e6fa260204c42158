package vn.lienthong.exchange.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.platform.crypto.Sha256;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The package store's sweep: after a crash between a file's write and its row's commit, the file that no
 * row names is moved aside (never deleted), a half-written one is removed, and everything a row keeps, or
 * that is younger than the grace period, is left exactly where it is.
 */
class PackageFileSweepTest {

    @TempDir
    Path directory;

    private final Instant now = Instant.parse("2026-12-06T12:00:00Z");
    private final Instant cutoff = now.minus(Duration.ofHours(1));
    private final byte[] bytes = "<edXML>gói tin</edXML>".getBytes(StandardCharsets.UTF_8);

    private DirectoryArchive files() {
        return PackageStore.filesFor("directory", Optional.of(directory.toString())).orElseThrow();
    }

    private HubDocumentId stored(DirectoryArchive files, Instant modified) throws Exception {
        HubDocumentId id = HubDocumentId.next(Clock.systemUTC());
        files.write(id, new ByteArrayInputStream(bytes), Sha256.hex(bytes), bytes.length);
        Files.setLastModifiedTime(files.file(id), FileTime.from(modified));
        return id;
    }

    /** An owner that keeps exactly the given ids, and remembers what it was asked. */
    private static final class Keeping implements PackageOwners {
        final Set<HubDocumentId> kept;
        final List<Collection<HubDocumentId>> asked = new ArrayList<>();

        Keeping(HubDocumentId... kept) {
            this.kept = Set.of(kept);
        }

        @Override
        public Set<HubDocumentId> keeping(Collection<HubDocumentId> ids) {
            asked.add(List.copyOf(ids));
            return ids.stream().filter(kept::contains).collect(Collectors.toCollection(HashSet::new));
        }
    }

    @Test
    void aPackageNoRowNamesIsMovedToTheOrphanedFolderNotDeleted() throws Exception {
        DirectoryArchive files = files();
        HubDocumentId orphan = stored(files, now.minus(Duration.ofDays(2)));

        PackageSweepOutcome outcome = PackageFileSweep.sweep(files, cutoff, List.of(new Keeping()));

        assertThat(outcome).isEqualTo(new PackageSweepOutcome(true, 1, 1, 0));
        assertThat(files.holds(orphan)).isFalse();
        Path moved = directory.resolve("orphaned").resolve(PackageArchive.key(orphan));
        assertThat(moved).exists();
        assertThat(Files.readAllBytes(moved)).isEqualTo(bytes);
    }

    @Test
    void aPackageAnyOwnerKeepsStaysWhereItIs() throws Exception {
        DirectoryArchive files = files();
        HubDocumentId document = stored(files, now.minus(Duration.ofDays(2)));
        HubDocumentId status = stored(files, now.minus(Duration.ofDays(2)));

        PackageSweepOutcome outcome = PackageFileSweep.sweep(files, cutoff, List.of(new Keeping(document), new Keeping(status)));

        assertThat(outcome).isEqualTo(new PackageSweepOutcome(true, 2, 0, 0));
        assertThat(files.holds(document)).isTrue();
        assertThat(files.holds(status)).isTrue();
    }

    @Test
    void filesYoungerThanTheGracePeriodAreNotJudged() throws Exception {
        DirectoryArchive files = files();
        HubDocumentId young = stored(files, now.minus(Duration.ofMinutes(5)));
        Keeping owners = new Keeping();

        PackageSweepOutcome outcome = PackageFileSweep.sweep(files, cutoff, List.of(owners));

        assertThat(outcome).isEqualTo(new PackageSweepOutcome(true, 0, 0, 0));
        assertThat(files.holds(young)).as("its row may be about to commit").isTrue();
        assertThat(owners.asked).isEmpty();
    }

    @Test
    void aHalfWrittenFileIsRemovedAndFilesNotTheHubsAreLeftAlone() throws Exception {
        DirectoryArchive files = files();
        HubDocumentId id = HubDocumentId.next(Clock.systemUTC());
        Path partial = files.file(id).resolveSibling(id.value() + ".edxml.partial");
        Path foreign = files.file(id).resolveSibling("README.txt");
        Files.createDirectories(partial.getParent());
        Files.write(partial, bytes);
        Files.write(foreign, bytes);
        Files.setLastModifiedTime(partial, FileTime.from(now.minus(Duration.ofDays(1))));
        Files.setLastModifiedTime(foreign, FileTime.from(now.minus(Duration.ofDays(1))));

        PackageSweepOutcome outcome = PackageFileSweep.sweep(files, cutoff, List.of(new Keeping()));

        assertThat(outcome).isEqualTo(new PackageSweepOutcome(true, 0, 0, 1));
        assertThat(partial).doesNotExist();
        assertThat(foreign).exists();
    }

    @Test
    void ownersAreAskedInBatchesAndOrphansAlreadyMovedAreNotJudgedAgain() throws Exception {
        DirectoryArchive files = files();
        List<HubDocumentId> kept = new ArrayList<>();
        for (int i = 0; i < PackageFileSweep.BATCH + 3; i++) {
            kept.add(stored(files, now.minus(Duration.ofDays(3))));
        }
        HubDocumentId orphan = stored(files, now.minus(Duration.ofDays(3)));
        Keeping owners = new Keeping(kept.toArray(HubDocumentId[]::new));

        PackageSweepOutcome first = PackageFileSweep.sweep(files, cutoff, List.of(owners));
        PackageSweepOutcome second = PackageFileSweep.sweep(files, cutoff, List.of(owners));

        assertThat(first).isEqualTo(new PackageSweepOutcome(true, PackageFileSweep.BATCH + 4, 1, 0));
        assertThat(owners.asked).first().asList().hasSize(PackageFileSweep.BATCH);
        assertThat(second.examined()).isEqualTo(PackageFileSweep.BATCH + 3);
        assertThat(second.quarantined()).isZero();
        assertThat(files.holds(orphan)).isFalse();
    }

    @Test
    void anEmptyOrMissingDirectoryIsSweptWithoutError() {
        DirectoryArchive missing = PackageStore.filesFor("directory", Optional.of(directory.resolve("none").toString())).orElseThrow();

        assertThat(PackageFileSweep.sweep(missing, cutoff, List.of(new Keeping()))).isEqualTo(new PackageSweepOutcome(true, 0, 0, 0));
    }

    @Test
    void aGracePeriodShorterThanATransactionIsRefusedInBothLanguages() {
        assertThat(PackageSweepSchedule.gracePeriod("1h")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> PackageSweepSchedule.gracePeriod("30s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lienthong.packages.sweep.grace is 30s").hasMessageContaining("tối thiểu 10m");
    }
}
