package vn.lienthong.reporting.regime;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.InvalidAgencyCodeException;
import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.Text;
import vn.lienthong.reporting.period.DeadlineRule;
import vn.lienthong.reporting.period.Frequency;
import vn.lienthong.reporting.period.WindowRule;
import vn.lienthong.reporting.validation.Comparison;
import vn.lienthong.reporting.validation.ExpressionParser;
import vn.lienthong.reporting.validation.ValidationRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one JSON form of a regime definition (docs/reporting.md, "Regimes"): what administrators
 * send, what the hub answers, what a JSON template file holds and what the regime packet of the
 * interchange carries. Every mistake is refused naming the field, e.g. {@code indicators[2].weight}.
 */
public final class RegimeJsonFormat {

    private RegimeJsonFormat() {
    }

    public static RegimeDefinition read(JsonObject o) {
        if (o == null) {
            throw new InvalidRegimeException("body", "A JSON object is required", "Cần nội dung JSON");
        }
        return at("", () -> new RegimeDefinition(
                string(o, "code"),
                text(o, "name"),
                enumValue(RegimeKind.class, o, "kind", RegimeKind.PERIODIC),
                enumValue(Frequency.class, o, "frequency", null),
                enumValue(WindowRule.class, o, "window", WindowRule.DECREE_09),
                agency(o, "issuer").orElse(null),
                string(o, "legalBasis"),
                agency(o, "scope"),
                bool(o, "signatureRequired", false),
                bool(o, "autoOpen", false),
                list(o, "reporters", RegimeJsonFormat::reporter),
                list(o, "indicators", RegimeJsonFormat::indicator),
                list(o, "rules", RegimeJsonFormat::rule)));
    }

    private static ReporterRule reporter(JsonObject r) {
        Optional<Integer> level = integer(r, "level");
        Optional<AgencyCode> agency = agency(r, "agency");
        String recipient = string(r, "recipient");
        RecipientRule recipientRule = recipient == null || recipient.equalsIgnoreCase("PARENT") ? RecipientRule.PARENT
                : RecipientRule.of(code(recipient, "recipient"));
        JsonObject deadline = object(r, "deadline");
        if (deadline == null) {
            throw new InvalidRegimeException("deadline", "A reporter entry needs its deadline: {\"workingDaysAfterCutOff\": n} or {\"dayOfMonth\": d}",
                    "Mục đơn vị báo cáo cần thời hạn: {\"workingDaysAfterCutOff\": n} hoặc {\"dayOfMonth\": d}");
        }
        DeadlineRule rule = at("deadline", () -> {
            Optional<Integer> days = integer(deadline, "workingDaysAfterCutOff");
            Optional<Integer> day = integer(deadline, "dayOfMonth");
            if (days.isPresent() == day.isPresent()) {
                throw new InvalidRegimeException(null, "A deadline is either workingDaysAfterCutOff or dayOfMonth",
                        "Thời hạn là workingDaysAfterCutOff hoặc dayOfMonth");
            }
            return days.map(DeadlineRule::workingDaysAfterCutOff).orElseGet(() -> DeadlineRule.dayOfMonth(day.get()));
        });
        return new ReporterRule(level, agency, recipientRule, rule);
    }

    private static Indicator indicator(JsonObject i) {
        String type = string(i, "type");
        IndicatorType indicatorType = enumValue(IndicatorType.class, i, "type", null);
        Optional<TableShape> table = Optional.empty();
        if (i.containsKey("columns") || i.containsKey("rows")) {
            table = Optional.of(new TableShape(
                    list(i, "rows", r -> new TableRow(string(r, "code"), text(r, "name"))),
                    list(i, "columns", c -> new TableColumn(string(c, "code"), text(c, "name"),
                            enumValue(IndicatorType.class, c, "type", IndicatorType.INTEGER))),
                    integer(i, "maxRows").orElse(TableShape.MAX_ROWS)));
        }
        return new Indicator(string(i, "code"), text(i, "name"), string(i, "unit"),
                type == null ? null : indicatorType,
                enumValue(AggregationKind.class, i, "aggregation", null),
                Optional.ofNullable(string(i, "weight")),
                integer(i, "decimals").orElse(-1),
                decimal(i, "min"), decimal(i, "max"),
                bool(i, "required", true),
                Optional.ofNullable(enumValue(IndicatorSource.class, i, "computed", null)),
                table,
                Optional.ofNullable(string(i, "section")),
                integer(i, "maxLength").orElse(0));
    }

    private static ValidationRule rule(JsonObject r) {
        String operator = string(r, "operator");
        return new ValidationRule(string(r, "code"),
                at("left", () -> ExpressionParser.parse(string(r, "left"))),
                Comparison.of(operator).orElse(null),
                at("right", () -> ExpressionParser.parse(string(r, "right"))),
                text(r, "message"),
                enumValue(ValidationRule.Severity.class, r, "severity", ValidationRule.Severity.ERROR),
                enumValue(ValidationRule.Scope.class, r, "appliesTo", ValidationRule.Scope.BOTH));
    }

    public static JsonObject write(RegimeDefinition d) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("code", d.code())
                .add("name", text(d.name()))
                .add("kind", d.kind().name())
                .add("frequency", d.frequency().name())
                .add("window", d.window().name())
                .add("issuer", d.issuer().value());
        if (d.legalBasis() != null) {
            o.add("legalBasis", d.legalBasis());
        }
        d.scope().ifPresent(s -> o.add("scope", s.value()));
        o.add("signatureRequired", d.signatureRequired());
        o.add("autoOpen", d.autoOpen());
        JsonArrayBuilder reporters = Json.createArrayBuilder();
        for (ReporterRule r : d.reporters()) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            r.level().ifPresent(l -> b.add("level", l));
            r.agency().ifPresent(a -> b.add("agency", a.value()));
            b.add("recipient", r.recipient().text());
            b.add("deadline", Json.createObjectBuilder().add(
                    r.deadline().kind() == DeadlineRule.Kind.DAY_OF_MONTH ? "dayOfMonth" : "workingDaysAfterCutOff",
                    r.deadline().amount()));
            reporters.add(b);
        }
        o.add("reporters", reporters);
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        d.indicators().forEach(i -> indicators.add(indicator(i)));
        o.add("indicators", indicators);
        JsonArrayBuilder rules = Json.createArrayBuilder();
        for (ValidationRule r : d.rules()) {
            rules.add(Json.createObjectBuilder()
                    .add("code", r.code())
                    .add("left", r.left().toString())
                    .add("operator", r.operator().symbol())
                    .add("right", r.right().toString())
                    .add("message", text(r.message()))
                    .add("severity", r.severity().name())
                    .add("appliesTo", r.appliesTo().name()));
        }
        o.add("rules", rules);
        return o.build();
    }

    public static JsonObject indicator(Indicator i) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("code", i.code())
                .add("name", text(i.name()));
        if (i.unit() != null) {
            b.add("unit", i.unit());
        }
        b.add("type", i.type().name()).add("aggregation", i.aggregation().name());
        i.weight().ifPresent(w -> b.add("weight", w));
        if (i.type() == IndicatorType.DECIMAL || i.type() == IndicatorType.PERCENT || i.type() == IndicatorType.TABLE) {
            b.add("decimals", i.decimals());
        }
        i.min().ifPresent(m -> b.add("min", m));
        i.max().ifPresent(m -> b.add("max", m));
        b.add("required", i.required());
        i.computed().ifPresent(c -> b.add("computed", c.name()));
        i.section().ifPresent(s -> b.add("section", s));
        if (i.type() == IndicatorType.TEXT) {
            b.add("maxLength", i.maxLength());
        }
        i.table().ifPresent(t -> {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            t.rows().forEach(r -> rows.add(Json.createObjectBuilder().add("code", r.code()).add("name", text(r.name()))));
            JsonArrayBuilder columns = Json.createArrayBuilder();
            t.columns().forEach(c -> columns.add(Json.createObjectBuilder().add("code", c.code()).add("name", text(c.name()))
                    .add("type", c.type().name())));
            b.add("rows", rows).add("columns", columns);
            if (t.freeRows()) {
                b.add("maxRows", t.maxRows());
            }
        });
        return b.build();
    }

    public static JsonObject text(Text t) {
        return Json.createObjectBuilder().add("vi", t.vi()).add("en", t.en()).build();
    }

    // ---------------------------------------------------------------- reading helpers

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

    private static AgencyCode code(String value, String field) {
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
