package vn.lienthong.procedure.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.util.logging.Logger;

/**
 * Loads the sample catalogue (sample-procedures.json, twelve procedures handled by agencies of the
 * sample directory) with the sample directory in the embedded default, so a fresh checkout can take
 * in a dossier at once. Procedures already defined are left as they are.
 */
@Singleton
@Startup
@DependsOn("SampleDirectory")
public class SampleProcedures {

    private static final Logger LOG = Logger.getLogger(SampleProcedures.class.getName());
    private static final String RESOURCE = "sample-procedures.json";
    static final String ACTOR = "sample-catalogue";

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    @ConfigProperty(name = "lienthong.sample.directory", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void loadOnFirstStart() {
        if (!enabled) {
            return;
        }
        InputStream in = SampleProcedures.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the application");
        }
        int added = 0;
        try (JsonReader reader = Json.createReader(in)) {
            for (JsonValue value : reader.readObject().getJsonArray("procedures")) {
                ProcedureDefinition definition = ProcedureJsonFormat.read((JsonObject) value);
                if (catalogue.find(definition.code()).isEmpty()) {
                    catalogue.define(definition, ACTOR);
                    added++;
                }
            }
        }
        if (added > 0) {
            LOG.info(() -> "Sample procedure catalogue loaded");
        }
    }
}
