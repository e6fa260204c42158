package vn.lienthong.web.console.audit;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An audit entry's before and after states (the JSON of the view the service returned) as rows an
 * administrator reads: one field a row, its value before and after, changed ones marked. A state that
 * is not a JSON object (or not JSON) is one row holding its text.
 */
public final class AuditChange {

    /** One field: its name, its value before and after ("—" when absent), and whether it changed. */
    public record Field(String name, String before, String after, boolean changed) {
    }

    static final String NONE = "—";

    private AuditChange() {
    }

    public static List<Field> of(String before, String after) {
        JsonObject b = object(before);
        JsonObject a = object(after);
        if ((before != null && b == null) || (after != null && a == null)) {
            String bt = before == null ? NONE : before;
            String at = after == null ? NONE : after;
            return List.of(new Field("", bt, at, !bt.equals(at)));
        }
        Set<String> names = new LinkedHashSet<>();
        if (b != null) {
            names.addAll(b.keySet());
        }
        if (a != null) {
            names.addAll(a.keySet());
        }
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            String bv = b == null ? NONE : text(b.get(name));
            String av = a == null ? NONE : text(a.get(name));
            fields.add(new Field(name, bv, av, b != null && a != null && !Objects.equals(bv, av)));
        }
        return fields;
    }

    private static JsonObject object(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonParsingException e) {
            return null;
        } catch (JsonException e) {
            return null;
        }
    }

    /**
     * A string without its quotes, null as "—", a value object of one field (an agency code is
     * {@code {"value":"000.00.01.H01"}}) as that field, anything else (numbers, lists, objects) as its JSON.
     */
    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return NONE;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT && value.asJsonObject().size() == 1) {
            return text(value.asJsonObject().values().iterator().next());
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
