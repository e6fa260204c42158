package vn.lienthong.exchange.document;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps packages exactly as received, byte for byte (their signatures cover those bytes), once per
 * document however many recipients it has, in one of two places chosen by configuration
 * ({@code lienthong.packages.store}, docs/deployment.md "The package store"):
 * <ul>
 *   <li>{@code directory} (the embedded default): one file per package under {@code lienthong.packages.dir},
 *   written, forced to disk, checked against its SHA-256 and renamed into place <em>before</em> the
 *   document's row commits, so "201 means durable" holds while the bytes stay out of the database's
 *   transaction log (Derby logs a blob's every byte and then writes it again to its pages: measured,
 *   about a fifth of the files' rate for 200 KB packages, docs/benchmarks.md). The file of a transaction
 *   that rolls back is removed when it does;</li>
 *   <li>{@code database} (the default on PostgreSQL, whose servers share no disk): chunks of one megabyte in
 *   table {@code package_chunk}, in the same transaction as the document's rows, streamed both ways.</li>
 * </ul>
 * Reading looks for the file first and then the chunks, so packages stored before the setting changed
 * are still served; a package found in neither place is an error, never an empty body.
 */
@ApplicationScoped
public class PackageStore {

    private static final Logger LOG = Logger.getLogger(PackageStore.class.getName());

    static final int CHUNK_BYTES = 1024 * 1024;

    @Resource(lookup = "jdbc/lienthong")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "lienthong.packages.store", defaultValue = "database")
    String store;

    @Inject
    @ConfigProperty(name = "lienthong.packages.dir")
    Optional<String> directory;

    /** The files of the {@code directory} store, empty when packages go to the database; chosen at first use. */
    private volatile Optional<DirectoryArchive> files;

    private Optional<DirectoryArchive> files() {
        Optional<DirectoryArchive> chosen = files;
        if (chosen == null) {
            // Thrown to the caller as it is: the start-up check names the setting (PackageStoresCheck).
            chosen = filesFor(store, directory);
            files = chosen;
        }
        return chosen;
    }

    static Optional<DirectoryArchive> filesFor(String store, Optional<String> directory) {
        String chosen = store == null ? "" : store.strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "database" -> Optional.empty();
            case "directory" -> Optional.of(new DirectoryArchive(Path.of(directory.filter(d -> !d.isBlank())
                    .orElseThrow(() -> new IllegalArgumentException("lienthong.packages.store is directory but lienthong.packages.dir "
                            + "is empty / lienthong.packages.store là directory nhưng lienthong.packages.dir để trống"))),
                    "package store"));
            default -> throw new IllegalArgumentException("lienthong.packages.store is " + store + ": set directory or database"
                    + " / lienthong.packages.store là " + store + ": hãy đặt directory hoặc database");
        };
    }

    /** The files of the {@code directory} store, for its sweep; empty when packages go to the database. */
    Optional<DirectoryArchive> directory() {
        return files();
    }

    /** Which store takes new packages, for the start-up log. */
    public String describe() {
        return files().map(DirectoryArchive::describe).orElse("database (table package_chunk)");
    }

    /**
     * Stores the package of {@code id} ({@code sizeBytes} bytes whose SHA-256 is {@code sha256}) in the
     * caller's transaction: a file is durable when this returns and goes again if the transaction rolls back.
     */
    public void store(HubDocumentId id, InputStream content, String sha256, long sizeBytes) {
        Optional<DirectoryArchive> chosen = files();
        if (chosen.isEmpty()) {
            storeChunks(id.value(), content);
            return;
        }
        DirectoryArchive directory = chosen.get();
        directory.write(id, content, sha256, sizeBytes);
        transactions.registerInterposedSynchronization(new AfterCompletion(directory, id, false));
    }

    void storeChunks(String packageId, InputStream content) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "insert into package_chunk (package_id, seq, data) values (?, ?, ?)")) {
            // readNBytes(n) grows its buffer with what it reads: a 5 KB package no longer costs a
            // 1 MiB array (1 GB of garbage per 1,000 small submissions, JFR; docs/benchmarks.md).
            int seq = 0;
            byte[] chunk;
            do {
                chunk = content.readNBytes(CHUNK_BYTES);
                if (chunk.length == 0 && seq > 0) {
                    break;
                }
                insert.setString(1, packageId);
                insert.setInt(2, seq++);
                insert.setBytes(3, chunk);
                insert.executeUpdate();
            } while (chunk.length == CHUNK_BYTES);
        } catch (SQLException e) {
            throw new IllegalStateException("The package " + packageId + " could not be stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The package " + packageId + " could not be read for storing", e);
        }
    }

    @Inject
    PackageArchive archive;

    /**
     * The package of {@code id} as stored (not archived), read as the caller consumes it; a file is checked
     * against {@code sha256} as it streams.
     *
     * @throws IllegalStateException when the package is in neither the directory nor the database
     */
    public InputStream open(HubDocumentId id, String sha256) {
        Optional<DirectoryArchive> chosen = files();
        if (chosen.isPresent() && chosen.get().holds(id)) {
            return chosen.get().open(id, sha256);
        }
        return new ChunkStream(id.value());
    }

    /**
     * A document's package wherever retention put it: the package store, or the archive store
     * (checked against the document's SHA-256 as it streams).
     *
     * @throws DocumentPurgedException when a retention rule purged it
     */
    public InputStream open(Document document) {
        if (document.packageLocation() == PackageLocation.PURGED) {
            throw new DocumentPurgedException(document.id(), document.disposedAt().orElse(null),
                    document.disposalRule().orElse("?"));
        }
        return open(document.id(), document.packageLocation(), document.sha256());
    }

    /** The package of a document known to be at {@code location} (not purged), with its SHA-256. */
    public InputStream open(HubDocumentId id, PackageLocation location, String sha256) {
        return switch (location) {
            case DATABASE -> open(id, sha256);
            case ARCHIVE -> archive.open(id, sha256);
            case PURGED -> throw new IllegalStateException("The package of " + id + " was purged");
        };
    }

    /**
     * Deletes the stored package of {@code id} in the caller's transaction: its chunks at once, its file once
     * the transaction has committed (a rollback must find it still there).
     */
    public void delete(HubDocumentId id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from package_chunk where package_id = ?")) {
            delete.setString(1, id.value());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The package " + id + " could not be deleted", e);
        }
        files().ifPresent(directory -> transactions.registerInterposedSynchronization(new AfterCompletion(directory, id, true)));
    }

    /**
     * Keeps the directory in step with the transaction's outcome: a stored file goes if the transaction rolls
     * back, a deleted one goes only if it commits. A crash between the two leaves at worst a file no row
     * names, never a row without its file.
     */
    record AfterCompletion(DirectoryArchive directory, HubDocumentId id, boolean deleteOnCommit)
            implements Synchronization {

        @Override
        public void beforeCompletion() {
            // the file is already durable, or still wanted, until the outcome is known
        }

        @Override
        public void afterCompletion(int status) {
            boolean committed = status == Status.STATUS_COMMITTED;
            if (committed != deleteOnCommit) {
                return;
            }
            try {
                directory.delete(id);
            } catch (RuntimeException e) {
                // Only space is lost: no row names the file (or none will, once this commit is done).
                LOG.log(Level.WARNING, "The package file of {0} could not be removed: {1}", new Object[]{id, e.getMessage()});
            }
        }
    }

    private byte[] chunk(String packageId, int seq) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "select data from package_chunk where package_id = ? and seq = ?")) {
            select.setString(1, packageId);
            select.setInt(2, seq);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The package " + packageId + " could not be read", e);
        }
    }

    private final class ChunkStream extends InputStream {
        private final String packageId;
        private int nextSeq;
        private byte[] current = new byte[0];
        private int position;
        private boolean exhausted;

        ChunkStream(String packageId) {
            this.packageId = packageId;
        }

        private boolean fill() {
            while (!exhausted && position >= current.length) {
                byte[] next = chunk(packageId, nextSeq++);
                if (next == null && nextSeq == 1) {
                    // A stored package has chunk 0 even when empty: none means the package is not here.
                    throw new IllegalStateException("The package " + packageId + " is neither in the package store's "
                            + "directory nor in the database");
                }
                if (next == null) {
                    exhausted = true;
                } else {
                    current = next;
                    position = 0;
                }
            }
            return position < current.length;
        }

        @Override
        public int read() {
            return fill() ? current[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    }
}
