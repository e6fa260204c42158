package vn.lienthong.platform.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database schema to the version this build expects, before anything else touches it.
 * The same versioned scripts (src/main/resources/db/migration) run on Derby and PostgreSQL; the
 * few type names that differ are Flyway placeholders chosen here from the database product.
 * There is no automatic DDL anywhere else: the persistence unit only validates against this schema.
 *
 * <p>Data that only code can make (random keys, values sealed with a key kept outside the database)
 * is filled by Java migrations the capabilities provide as beans ({@link DataMigration}); Flyway runs
 * them in version order among the scripts.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/lienthongMigration")
    DataSource migrationDataSource;

    @Inject
    Instance<DataMigration> dataMigrations;

    @PostConstruct
    void migrate() {
        Map<String, String> placeholders = placeholdersFor(databaseProduct());
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(migrationDataSource)
                // Liberty's class loaders defeat Flyway's class-path scanning (it logs an ERROR per location it
                // cannot resolve): scripts, Java migrations and callbacks are all named here, nothing is scanned.
                // Flyway's constructor still looks in db/callback whatever is configured; the marker file
                // db/callback/flyway.location is how Flyway finds a class-path folder under IBM class loaders.
                .resourceProvider(new MigrationScripts(getClass().getClassLoader()))
                .javaMigrationClassProvider(List::of)
                .javaMigrations(javaMigrations().toArray(JavaMigration[]::new))
                .callbackLocations(new String[0])
                .placeholders(placeholders)
                .baselineOnMigrate(false)
                .validateOnMigrate(true)
                .load();
        MigrateResult result = flyway.migrate();
        if (flyway.info().current() == null) {
            throw new IllegalStateException("No schema migration was found or applied; the application is incomplete");
        }
        LOG.log(Level.INFO, "Database schema at version {0} ({1} migration(s) applied at this start)",
                new Object[]{flyway.info().current().getVersion(), result.migrationsExecuted});
    }

    private List<DataMigration> javaMigrations() {
        return dataMigrations.stream().sorted(Comparator.comparing(DataMigration::getVersion)).toList();
    }

    private String databaseProduct() {
        try (Connection connection = migrationDataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate its schema", e);
        }
    }

    static Map<String, String> placeholdersFor(String databaseProduct) {
        String product = databaseProduct.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return Map.of("blob_type", "BYTEA", "text_type", "TEXT", "set_not_null", "SET NOT NULL");
        }
        if (product.contains("derby")) {
            return Map.of("blob_type", "BLOB(64M)", "text_type", "CLOB(64M)", "set_not_null", "NOT NULL");
        }
        throw new IllegalStateException("Unsupported database: " + databaseProduct
                + " (LienThong runs on Apache Derby or PostgreSQL)");
    }
}
