package vn.lienthong.exchange.document;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps packages exactly as received, byte for byte (their signatures cover those bytes), in the
 * database in chunks of one megabyte. Chunks let a package of hundreds of megabytes be written
 * and read as a stream on Derby and PostgreSQL alike, inside the same transaction as the
 * document's rows, so a package is stored if and only if its document is.
 */
@ApplicationScoped
public class PackageStore {

    static final int CHUNK_BYTES = 1024 * 1024;

    @Resource(lookup = "jdbc/lienthong")
    DataSource dataSource;

    /** Stores the bytes under {@code packageId}, in the caller's transaction. */
    public void store(String packageId, InputStream content) {
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

    /** The stored bytes, read one chunk at a time as the caller consumes them. */
    public InputStream open(String packageId) {
        return new ChunkStream(packageId);
    }

    /**
     * A document's package wherever retention put it: the database's chunks, or the archive store
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
            case DATABASE -> open(id.value());
            case ARCHIVE -> archive.open(id, sha256);
            case PURGED -> throw new IllegalStateException("The package of " + id + " was purged");
        };
    }

    /** Deletes the chunks of {@code packageId}, in the caller's transaction; answers how many there were. */
    public int delete(String packageId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from package_chunk where package_id = ?")) {
            delete.setString(1, packageId);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The package " + packageId + " could not be deleted", e);
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
