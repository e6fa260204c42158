package vn.lienthong.procedure.dossier;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The mapping table from internal states to the ten national status codes (national-status.properties):
 * data, because local systems map their richer states differently and the portal's list may change.
 * Every state must be mapped to a code from 1 to 10, or the application does not start.
 */
@ApplicationScoped
public class NationalStatusMapping {

    private static final String RESOURCE = "national-status.properties";

    private final Map<DossierState, Integer> codes;

    public NationalStatusMapping() {
        InputStream in = NationalStatusMapping.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the application");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            this.codes = read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    NationalStatusMapping(Map<DossierState, Integer> codes) {
        this.codes = codes;
    }

    static Map<DossierState, Integer> read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<DossierState, Integer> codes = new EnumMap<>(DossierState.class);
        for (String key : properties.stringPropertyNames()) {
            DossierState state;
            try {
                state = DossierState.valueOf(key.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("national-status: unknown state " + key, e);
            }
            int code = Integer.parseInt(properties.getProperty(key).strip());
            if (code < 1 || code > 10) {
                throw new IllegalArgumentException("national-status: " + key + " maps to " + code + ", not a national code 1-10");
            }
            codes.put(state, code);
        }
        for (DossierState state : DossierState.values()) {
            if (!codes.containsKey(state)) {
                throw new IllegalArgumentException("national-status: state " + state + " is not mapped");
            }
        }
        return codes;
    }

    public int codeOf(DossierState state) {
        return codes.get(state);
    }
}
