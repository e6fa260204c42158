package vn.lienthong.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Types;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The floor's second stage: one durable write per document, a row with the document's metadata
 * and its bytes committed on its own (the database flushes its log to disk at each commit: Derby's
 * default durability, PostgreSQL with fsync and synchronous_commit on, which this class reports).
 * With package files (the hub's {@code lienthong.packages.store=directory}) the bytes go to a file of
 * their own, forced to disk and renamed into place with its directory forced, before the row (without
 * the bytes) commits: what the hub's package store does.
 */
final class DurableWriter implements AutoCloseable {

    private final String description;
    private final String url;
    private final String user;
    private final String password;
    private final String table = "bench_floor_" + Long.toHexString(System.nanoTime());
    private Optional<Path> packageFiles = Optional.empty();

    private DurableWriter(String description, String url, String user, String password) {
        this.description = description;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The package bytes go to files under {@code directory} from now on, the rows keep only the metadata. */
    DurableWriter withPackageFiles(Path directory) {
        this.packageFiles = Optional.of(directory);
        return this;
    }

    static DurableWriter derby(java.nio.file.Path directory) {
        // Same engine and version as the embedded default; durability left at its default (sync on commit).
        return new DurableWriter("Derby " + derbyVersion() + " embedded, " + directory,
                "jdbc:derby:" + directory.toAbsolutePath() + ";create=true", null, null);
    }

    static DurableWriter postgresql(String url, String user, String password) {
        return new DurableWriter("PostgreSQL " + url, url, user, password);
    }

    String description() {
        return packageFiles.map(d -> description + ", package bytes as files under " + d).orElse(description + ", package bytes in the row");
    }

    Connection connect() throws SQLException {
        Connection connection = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
        return connection;
    }

    void createTable() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            s.execute("CREATE TABLE " + table + " (id VARCHAR(36) NOT NULL PRIMARY KEY, sender_code VARCHAR(32) NOT NULL, "
                    + "sha256 VARCHAR(64) NOT NULL, received_at TIMESTAMP NOT NULL, data "
                    + (postgres ? "BYTEA" : "BLOB(64M)") + ")");
            c.commit();
        }
    }

    /** PostgreSQL's settings that decide whether a commit waits for the disk (empty for Derby). */
    Optional<String> durabilitySettings() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                return Optional.empty();
            }
            StringBuilder settings = new StringBuilder();
            for (String name : new String[] {"fsync", "synchronous_commit", "wal_sync_method", "server_version"}) {
                try (ResultSet r = s.executeQuery("SHOW " + name)) {
                    r.next();
                    settings.append(name).append('=').append(r.getString(1)).append(' ');
                }
            }
            c.commit();
            return Optional.of(settings.toString().strip());
        }
    }

    PreparedStatement insert(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO " + table + " (id, sender_code, sha256, received_at, data) VALUES (?, ?, ?, ?, ?)");
    }

    void write(Connection connection, PreparedStatement insert, PreparedPackage pkg, byte[] bytes) throws SQLException {
        String id = UUID.randomUUID().toString();
        insert.setString(1, id);
        insert.setString(2, pkg.from());
        insert.setString(3, "0".repeat(64));
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        if (packageFiles.isPresent()) {
            writeFile(packageFiles.get(), id, bytes);
            insert.setNull(5, description.startsWith("PostgreSQL") ? Types.BINARY : Types.BLOB);
        } else {
            insert.setBytes(5, bytes);
        }
        insert.executeUpdate();
        connection.commit();
    }

    /** As the hub's package store writes a file: beside its name, forced, renamed, the directory forced. */
    private static void writeFile(Path directory, String id, byte[] bytes) {
        Path partial = directory.resolve(id + ".partial");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(partial, directory.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The floor's package file " + partial + " could not be written", e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + table);
            c.commit();
        }
        if (packageFiles.isPresent()) {
            try (Stream<Path> files = Files.list(packageFiles.get())) {
                files.forEach(f -> f.toFile().delete());
                Files.deleteIfExists(packageFiles.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String derbyVersion() {
        try {
            return org.apache.derby.tools.sysinfo.getVersionString();
        } catch (RuntimeException | LinkageError e) {
            return "(version unknown)";
        }
    }
}
