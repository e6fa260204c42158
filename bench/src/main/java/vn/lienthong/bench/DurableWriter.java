package vn.lienthong.bench;

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
 */
final class DurableWriter implements AutoCloseable {

    private final String description;
    private final String url;
    private final String user;
    private final String password;
    private final String table = "bench_floor_" + Long.toHexString(System.nanoTime());

    private DurableWriter(String description, String url, String user, String password) {
        this.description = description;
        this.url = url;
        this.user = user;
        this.password = password;
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
        return description;
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
                    + (postgres ? "BYTEA" : "BLOB(64M)") + " NOT NULL)");
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

    static void write(Connection connection, PreparedStatement insert, PreparedPackage pkg, byte[] bytes) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, pkg.from());
        insert.setString(3, "0".repeat(64));
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.setBytes(5, bytes);
        insert.executeUpdate();
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + table);
            c.commit();
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
