package vn.lienthong.exchange.document;

import vn.lienthong.platform.crypto.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The archive store as a directory ({@code lienthong.archive.store=directory}, the default), {@code lienthong.archive.dir},
 * holding packages that
 * left the database under a retention rule, one file per document, byte for byte as accepted. A file is
 * written beside its final name, forced to disk, checked against the document's SHA-256 and then moved
 * into place (and the directory forced), so a package is either wholly in the archive or not at all;
 * only then may its database chunks go. Files are grouped by the time-ordered id's first five hex digits
 * (about three days each) so that no directory grows without bound.
 */
final class DirectoryArchive implements PackageArchive {

    private final Path directory;
    /** What the directory is to the reader of an error: "archive", or "package store" when it holds the live packages. */
    private final String role;

    DirectoryArchive(Path directory) {
        this(directory, "archive");
    }

    DirectoryArchive(Path directory, String role) {
        this.directory = directory;
        this.role = role;
    }

    @Override
    public String describe() {
        return "directory " + directory.toAbsolutePath();
    }

    /**
     * Writes the package to the archive and forces it to disk.
     *
     * @throws IllegalStateException when the bytes written are not those the digest names (nothing is left in the archive)
     */
    @Override
    public void write(HubDocumentId id, InputStream bytes, String expectedSha256, long sizeBytes) {
        Path target = file(id);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = Sha256.newDigest();
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = bytes.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            String written = HexFormat.of().formatHex(digest.digest());
            if (!written.equalsIgnoreCase(expectedSha256)) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("The package of " + id + " written to the " + role + " has SHA-256 " + written
                        + ", not " + expectedSha256 + ": it was not stored there");
            }
            move(partial, target);
            forceDirectory(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("The package of " + id + " could not be written to the " + role + " " + target, e);
        }
    }

    /** The archived bytes, streamed from disk; the last read fails if they do not match {@code sha256}. */
    @Override
    public InputStream open(HubDocumentId id, String sha256) {
        Path file = file(id);
        try {
            return new DigestCheckedStream(Files.newInputStream(file), sha256, "The package in the " + role + " " + file);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("The package of " + id + " is missing from the " + role + ": " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("The package of " + id + " in the " + role + " could not be opened", e);
        }
    }

    /** Whether the package of {@code id} is in the directory (a stored package, not a half-written one). */
    boolean holds(HubDocumentId id) {
        return Files.isRegularFile(file(id));
    }

    /** Removes the package of {@code id}, if there; answers whether it was. */
    boolean delete(HubDocumentId id) {
        try {
            return Files.deleteIfExists(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException("The package of " + id + " could not be removed from the " + role, e);
        }
    }

    /** A file of the directory: a whole package (with its id), or a half-written one that a crash left behind. */
    record StoredFile(Path path, Optional<HubDocumentId> id) {
    }

    /**
     * The packages and half-written files last modified before {@code cutoff}, group by group; files of any
     * other name are not the hub's and are not listed. The caller closes the stream.
     */
    Stream<StoredFile> filesBefore(Instant cutoff) {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try {
            return Files.walk(directory, 2)
                    .filter(path -> path.getParent() != null && !path.getParent().equals(directory))
                    .filter(path -> !path.getParent().getFileName().toString().equals(QUARANTINE))
                    .map(DirectoryArchive::storedFile)
                    .flatMap(Optional::stream)
                    .filter(file -> modifiedBefore(file.path(), cutoff));
        } catch (IOException e) {
            throw new UncheckedIOException("The " + role + " " + directory + " could not be listed", e);
        }
    }

    private static Optional<StoredFile> storedFile(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(".edxml.partial")) {
            return Optional.of(new StoredFile(path, Optional.empty()));
        }
        if (name.endsWith(".edxml") && name.length() == 36 + ".edxml".length()) {
            try {
                return Optional.of(new StoredFile(path, Optional.of(new HubDocumentId(name.substring(0, 36)))));
            } catch (RuntimeException notAnId) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean modifiedBefore(Path path, Instant cutoff) {
        try {
            return Files.isRegularFile(path) && Files.getLastModifiedTime(path).toInstant().isBefore(cutoff);
        } catch (IOException gone) {
            return false; // removed meanwhile (a rollback, a retention run)
        }
    }

    /** Where packages that no row names are moved, never deleted: {@code <directory>/orphaned/<group>/<id>.edxml}. */
    static final String QUARANTINE = "orphaned";

    /** Moves the package of {@code id} out of the store into its quarantine; answers whether it was there. */
    boolean quarantine(HubDocumentId id) {
        Path from = file(id);
        Path to = directory.resolve(QUARANTINE).resolve(PackageArchive.key(id));
        try {
            Files.createDirectories(to.getParent());
            move(from, to);
            return true;
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("The package of " + id + " could not be moved to " + to, e);
        }
    }

    Path file(HubDocumentId id) {
        return directory.resolve(PackageArchive.key(id));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The rename itself is durable only once the directory is forced (POSIX); where a directory cannot be opened, skip. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory for reading; its rename is durable once the file is.
        }
    }
}
