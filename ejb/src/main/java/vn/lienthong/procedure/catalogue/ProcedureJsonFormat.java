package vn.lienthong.procedure.catalogue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.procedure.calendar.PauseEffect;
import vn.lienthong.procedure.calendar.ProcessingTime;
import vn.lienthong.procedure.calendar.TimeLimitUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one JSON form of a procedure, read by the administrators' REST API and by the sample
 * catalogue alike, so both are checked the same way. Every type mistake is a 400 naming the field.
 */
public final class ProcedureJsonFormat {

    private ProcedureJsonFormat() {
    }

    public static ProcedureDefinition read(JsonObject o) {
        if (o == null) {
            throw new InvalidRequestException("body", "A JSON object is required", "Cần nội dung JSON");
        }
        List<AgencyCode> agencies = new ArrayList<>();
        for (JsonValue v : array(o, "handlingAgencies")) {
            agencies.add(AgencyCode.of(string(v, "handlingAgencies")));
        }
        List<RequiredPaper> papers = new ArrayList<>();
        for (JsonValue v : array(o, "papers")) {
            JsonObject p = object(v, "papers");
            papers.add(new RequiredPaper(text(p, "name", "papers.name"), integer(p, "originals", 1), integer(p, "copies", 0)));
        }
        List<Fee> fees = new ArrayList<>();
        for (JsonValue v : array(o, "fees")) {
            JsonObject f = object(v, "fees");
            fees.add(new Fee(text(f, "description", "fees.description"), longValue(f, "amountVnd")));
        }
        List<ProcedureStep> steps = new ArrayList<>();
        for (JsonValue v : array(o, "steps")) {
            JsonObject s = object(v, "steps");
            String owner = text(s, "owner", "steps.owner");
            steps.add(new ProcedureStep(text(s, "name", "steps.name"), owner == null ? null : AgencyCode.of(owner)));
        }
        return new ProcedureDefinition(text(o, "code", "code"), text(o, "name", "name"),
                text(o, "fieldCode", "fieldCode"), text(o, "fieldName", "fieldName"),
                agencies, papers, fees, processingTime(o), bool(o, "pauseAllowed"),
                enumValue(PauseEffect.class, text(o, "pauseEffect", "pauseEffect"), "pauseEffect"),
                bool(o, "extensionAllowed"), steps);
    }

    public static JsonObject write(ProcedureView p) {
        JsonArrayBuilder agencies = Json.createArrayBuilder();
        p.handlingAgencies().forEach(a -> agencies.add(a.value()));
        JsonArrayBuilder papers = Json.createArrayBuilder();
        p.papers().forEach(x -> papers.add(Json.createObjectBuilder().add("name", x.name())
                .add("originals", x.originals()).add("copies", x.copies())));
        JsonArrayBuilder fees = Json.createArrayBuilder();
        p.fees().forEach(x -> fees.add(Json.createObjectBuilder().add("description", x.description())
                .add("amountVnd", x.amountVnd())));
        JsonArrayBuilder steps = Json.createArrayBuilder();
        int number = 1;
        for (ProcedureStep s : p.steps()) {
            JsonObjectBuilder step = Json.createObjectBuilder().add("number", number++).add("name", s.name());
            s.owner().ifPresent(owner -> step.add("owner", owner.value()));
            steps.add(step);
        }
        return Json.createObjectBuilder()
                .add("code", p.code()).add("name", p.name())
                .add("fieldCode", p.fieldCode()).add("fieldName", p.fieldName())
                .add("handlingAgencies", agencies).add("papers", papers).add("fees", fees)
                .add("processingTime", Json.createObjectBuilder().add("amount", p.processingTime().amount())
                        .add("unit", p.processingTime().unit().name()))
                .add("pauseAllowed", p.pauseAllowed()).add("pauseEffect", p.pauseEffect().name())
                .add("extensionAllowed", p.extensionAllowed()).add("steps", steps)
                .add("active", p.active())
                .build();
    }

    private static ProcessingTime processingTime(JsonObject o) {
        JsonValue v = o.get("processingTime");
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRequestException("processingTime", "processingTime {amount, unit} is required",
                    "Cần thời hạn giải quyết {amount, unit}");
        }
        JsonObject t = v.asJsonObject();
        TimeLimitUnit unit = enumValue(TimeLimitUnit.class, text(t, "unit", "processingTime.unit"), "processingTime.unit");
        if (unit == null) {
            throw new InvalidRequestException("processingTime.unit", "processingTime.unit is required",
                    "Cần đơn vị thời hạn giải quyết");
        }
        try {
            return new ProcessingTime(integer(t, "amount", 0), unit);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("processingTime.amount", e.getMessage(),
                    "Thời hạn giải quyết phải từ 1 đến 3650");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, field + " has no value " + value, "Trường " + field + " không nhận giá trị " + value);
        }
    }

    private static JsonArray array(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(field, "an array");
        }
        return v.asJsonArray();
    }

    private static JsonObject object(JsonValue v, String field) {
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(field, "an object");
        }
        return v.asJsonObject();
    }

    private static String string(JsonValue v, String field) {
        if (!(v instanceof JsonString s)) {
            throw wrongType(field, "a string");
        }
        return s.getString();
    }

    private static String text(JsonObject o, String name, String field) {
        JsonValue v = o.get(name);
        return v == null || v == JsonValue.NULL ? null : string(v, field);
    }

    private static int integer(JsonObject o, String name, int missing) {
        long value = longValue(o, name, missing);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw wrongType(name, "a smaller number");
        }
        return (int) value;
    }

    private static long longValue(JsonObject o, String name) {
        return longValue(o, name, 0);
    }

    private static long longValue(JsonObject o, String name, long missing) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return missing;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw wrongType(name, "a whole number");
        }
        return n.longValue();
    }

    private static boolean bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw wrongType(name, "true or false");
    }

    private static InvalidRequestException wrongType(String field, String expected) {
        return new InvalidRequestException(field, field + " must be " + expected, "Trường " + field + " sai kiểu dữ liệu");
    }
}
