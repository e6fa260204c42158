package vn.lienthong.exchange.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tidies the package store's directory after crashes. A package's file is forced to disk before its row
 * commits and removed if the transaction rolls back; a server killed between the two leaves a file that no
 * row names (and a write cut short leaves a {@code .partial}). Files older than the grace period, which
 * must outlast any transaction, are judged: half-written ones are deleted, since no reader ever sees them;
 * whole packages no owner keeps are <em>moved</em> to {@code orphaned/}, never deleted, because a
 * directory pointed at the wrong database, or a database restored from an older backup, would otherwise
 * lose signed originals that still matter. Operators look there and delete (docs/operations.md).
 */
@ApplicationScoped
public class PackageFileSweep {

    static final int BATCH = 500;

    @Inject
    PackageStore store;

    @Inject
    @Any
    Instance<PackageOwners> owners;

    /** Sweeps the files last modified before {@code cutoff}; nothing to do when packages go to the database. */
    public PackageSweepOutcome sweep(Instant cutoff) {
        Optional<DirectoryArchive> directory = store.directory();
        if (directory.isEmpty()) {
            return PackageSweepOutcome.NOT_A_DIRECTORY;
        }
        return sweep(directory.get(), cutoff, owners.stream().toList());
    }

    static PackageSweepOutcome sweep(DirectoryArchive directory, Instant cutoff, List<PackageOwners> owners) {
        int examined = 0;
        int quarantined = 0;
        int partials = 0;
        try (Stream<DirectoryArchive.StoredFile> files = directory.filesBefore(cutoff)) {
            List<HubDocumentId> batch = new ArrayList<>(BATCH);
            for (Iterator<DirectoryArchive.StoredFile> it = files.iterator(); it.hasNext(); ) {
                DirectoryArchive.StoredFile file = it.next();
                if (file.id().isEmpty()) {
                    partials += deletePartial(file) ? 1 : 0;
                    continue;
                }
                batch.add(file.id().get());
                examined++;
                if (batch.size() == BATCH) {
                    quarantined += quarantineUnowned(directory, batch, owners);
                    batch.clear();
                }
            }
            quarantined += quarantineUnowned(directory, batch, owners);
        }
        return new PackageSweepOutcome(true, examined, quarantined, partials);
    }

    private static int quarantineUnowned(DirectoryArchive directory, List<HubDocumentId> batch, List<PackageOwners> owners) {
        if (batch.isEmpty()) {
            return 0;
        }
        Set<HubDocumentId> kept = new HashSet<>();
        for (PackageOwners owner : owners) {
            kept.addAll(owner.keeping(batch));
        }
        int moved = 0;
        for (HubDocumentId id : batch) {
            if (!kept.contains(id) && directory.quarantine(id)) {
                moved++;
            }
        }
        return moved;
    }

    private static boolean deletePartial(DirectoryArchive.StoredFile file) {
        try {
            return Files.deleteIfExists(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("The half-written package " + file.path() + " could not be removed", e);
        }
    }
}
