package vn.lienthong.reporting.regime;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.InvalidAgencyCodeException;
import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reading the fields of a regime's JSON form, each mistake refused naming the field. */
final class JsonFields {

    private JsonFields() {
    }

    /** Runs a step, naming {@code field} as the place of any refusal it raises. */
    static <T> T at(String field, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidRegimeException e) {
            throw field.isEmpty() ? e : e.at(field);
        }
    }

    static String string(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString().strip();
        }
        throw typeError(field, "a string", "chuỗi");
    }

    static Text text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return at(field, () -> new Text(s.getString(), null));
        }
        if (v instanceof JsonObject t) {
            return at(field, () -> new Text(string(t, "vi"), string(t, "en")));
        }
        throw typeError(field, "{\"vi\": ..., \"en\": ...}", "{\"vi\": ..., \"en\": ...}");
    }

    static Optional<Integer> integer(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException e) {
                // answered below
            }
        }
        throw typeError(field, "a whole number", "số nguyên");
    }

    static Optional<BigDecimal> decimal(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (v instanceof JsonNumber n) {
            return Optional.of(n.bigDecimalValue());
        }
        throw typeError(field, "a number", "số");
    }

    static boolean bool(JsonObject o, String field, boolean otherwise) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return otherwise;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw typeError(field, "true or false", "true hoặc false");
    }

    static JsonObject object(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonObject obj) {
            return obj;
        }
        throw typeError(field, "an object", "đối tượng");
    }

    static <T> List<T> list(JsonObject o, String field, Function<JsonObject, T> reader) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray array)) {
            throw typeError(field, "an array", "mảng");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String element = field + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject item)) {
                throw typeError(element, "an object", "đối tượng");
            }
            items.add(at(element, () -> reader.apply(item)));
        }
        return items;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, JsonObject o, String field, E otherwise) {
        String value = string(o, field);
        if (value == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new InvalidRegimeException(field, field + " is one of " + allowed + ", not '" + value + "'",
                    field + " là một trong " + allowed + ", không phải '" + value + "'");
        }
    }

    static Optional<AgencyCode> agency(JsonObject o, String field) {
        String value = string(o, field);
        return value == null ? Optional.empty() : Optional.of(code(value, field));
    }

    static AgencyCode code(String value, String field) {
        try {
            return AgencyCode.of(value);
        } catch (InvalidAgencyCodeException e) {
            throw new InvalidRegimeException(field, "'" + value + "' is not an agency code (" + e.getMessage() + ")",
                    "'" + value + "' không phải mã định danh cơ quan");
        }
    }

    private static InvalidRegimeException typeError(String field, String en, String vi) {
        return new InvalidRegimeException(field, field + " must be " + en, field + " phải là " + vi);
    }
}
