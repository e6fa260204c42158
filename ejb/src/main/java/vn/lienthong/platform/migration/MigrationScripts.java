package vn.lienthong.platform.migration;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The migration scripts, named one by one. Flyway's class-path scanning does not understand the
 * URLs Liberty's class loaders hand out, so it would find no script at all; naming them here is
 * the dependable way. {@code MigrationScriptsTest} fails the build if a script in
 * src/main/resources/db/migration is missing from this list.
 */
public final class MigrationScripts implements ResourceProvider {

    static final String LOCATION = "db/migration/";

    /** In version order. Add every new script here. */
    static final List<String> SCRIPTS = List.of(
            "V1__directory_and_exchange.sql",
            "V5_1__delivery_node.sql",
            "V5_2__outbox_and_idempotency.sql",
            "V5_3__push_delivery.sql",
            "V6_1__directory_changes.sql",
            "V6_2__agency_certificates.sql",
            "V7_1__business_types.sql",
            "V8_1__signatures.sql",
            "V10_1__procedure_catalogue.sql",
            "V10_2__dossiers.sql",
            "V10_3__dossier_handover.sql",
            "V10_4__portal_sync.sql",
            "V11_1__pdf_signatures.sql",
            "V12_1__dossier_statistics_indexes.sql",
            "V13_1__citizen_feedback.sql",
            "V13_2__handover_outbox.sql",
            "V15_1__status_signature_verdict.sql",
            "V16_1__one_meaning_per_document_id.sql",
            "V17_1__agency_secret_rotation.sql",
            // V18_2 and V18_3 are Java (DataMigration beans): procedure.DossierLookupKeys, exchange.SealedPushSecrets
            "V18_1__lookup_keys_sealed_secrets_leases.sql",
            "V18_4__lookup_key_required_clear_secrets_dropped.sql",
            "V20_1__reporting.sql",
            "V22_1__outbox.sql",
            "V22_2__feedback_publications_into_outbox.sql",
            "V22_3__handovers_into_outbox.sql",
            "V22_4__portal_changes_into_outbox.sql",
            "V22_5__pushes_into_outbox.sql",
            "V23_1__audit_log.sql",
            "V23_5__alerts.sql",
            "V24_1__evidence_log.sql",
            "V25_1__retention.sql",
            "V26_1__federation.sql",
            "V27_1__evidence_pending.sql",
            "V28_1__report_prefill.sql",
            "V29_1__federation_peers.sql",
            "V29_2__directory_follower.sql",
            "V29_3__outbox_item_waits_for.sql");

    private final ClassLoader classLoader;

    public MigrationScripts(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public LoadableResource getResource(String name) {
        String file = name.startsWith(LOCATION) ? name.substring(LOCATION.length()) : name;
        return SCRIPTS.contains(file) ? new Script(file) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return SCRIPTS.stream()
                .filter(s -> s.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(s::endsWith))
                .<LoadableResource>map(Script::new)
                .toList();
    }

    private final class Script extends LoadableResource {
        private final String file;

        Script(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            InputStream in = classLoader.getResourceAsStream(LOCATION + file);
            if (in == null) {
                throw new IllegalStateException("Migration script " + LOCATION + file + " is missing from the application");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return LOCATION + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return LOCATION + file;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return LOCATION + file;
        }
    }
}
