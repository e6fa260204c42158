package vn.lienthong.platform.migration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;


/**
 * A versioned migration written in Java, for data that SQL alone cannot make portably (random
 * keys, values sealed with a key held outside the database). A capability provides it as a CDI bean;
 * {@link SchemaMigrations} hands every such bean to Flyway, which runs it once, in version order
 * among the SQL scripts and in the same transaction handling. Keep the JDBC portable between Derby
 * and PostgreSQL, as the scripts are.
 */
public abstract class DataMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    /** @param version as the scripts number theirs, e.g. {@code "18.2"} */
    protected DataMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
