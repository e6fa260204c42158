package vn.lienthong.audit;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * A target's state as the audit log keeps it: the JSON of the view record the administrative service
 * already returns (so before and after are exactly what an administrator saw), never a secret.
 */
final class AuditState {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private AuditState() {
    }

    /** The JSON text of {@code state}; a String is taken as JSON already. Null stays null. */
    static String json(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String text ? text : JSON.toJson(state);
    }

    /**
     * Within the column: a state too long to keep whole is replaced by a JSON object saying so and
     * holding its beginning, so the column always holds valid JSON.
     */
    static String bounded(String json, int max) {
        if (json == null || json.length() <= max) {
            return json;
        }
        // a third: escaping in the wrapper may lengthen what it quotes
        String start = json.substring(0, max / 3);
        return JSON.toJson(java.util.Map.of("truncated", true, "length", json.length(), "start", start));
    }
}
