package vn.lienthong.platform.migration;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationScriptsTest {

    @Test
    void listsEveryScriptOfTheMigrationFolderInVersionOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(MigrationScripts.SCRIPTS).containsExactlyInAnyOrderElementsOf(
                    files.map(f -> f.getFileName().toString()).toList());
        }
        assertThat(MigrationScripts.SCRIPTS).isSortedAccordingTo((a, b) -> Double.compare(version(a), version(b)));
    }

    @Test
    void givesFlywayTheScriptsByPrefixAndSuffix() {
        MigrationScripts scripts = new MigrationScripts(getClass().getClassLoader());
        assertThat(scripts.getResources("V", new String[]{".sql"})).hasSize(MigrationScripts.SCRIPTS.size());
        assertThat(scripts.getResources("R", new String[]{".sql"})).isEmpty();
    }

    @Test
    void choosesTypeNamesForEachSupportedDatabase() {
        assertThat(SchemaMigrations.placeholdersFor("PostgreSQL")).containsEntry("blob_type", "BYTEA");
        assertThat(SchemaMigrations.placeholdersFor("Apache Derby")).containsEntry("blob_type", "BLOB(64M)");
    }

    private static double version(String script) {
        return Double.parseDouble(script.substring(1, script.indexOf("__")).replace('_', '.'));
    }
}
