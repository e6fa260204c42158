package vn.lienthong.reporting.regime;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.Text;
import vn.lienthong.reporting.period.DeadlineRule;
import vn.lienthong.reporting.period.Frequency;
import vn.lienthong.reporting.period.WindowRule;
import vn.lienthong.reporting.validation.Comparison;
import vn.lienthong.reporting.validation.ExpressionParser;
import vn.lienthong.reporting.validation.ValidationRule;

import java.util.Optional;

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
        return JsonFields.at("", () -> new RegimeDefinition(
                JsonFields.string(o, "code"),
                JsonFields.text(o, "name"),
                JsonFields.enumValue(RegimeKind.class, o, "kind", RegimeKind.PERIODIC),
                JsonFields.enumValue(Frequency.class, o, "frequency", null),
                JsonFields.enumValue(WindowRule.class, o, "window", WindowRule.DECREE_09),
                JsonFields.agency(o, "issuer").orElse(null),
                JsonFields.string(o, "legalBasis"),
                JsonFields.agency(o, "scope"),
                JsonFields.bool(o, "signatureRequired", false),
                JsonFields.bool(o, "autoOpen", false),
                JsonFields.list(o, "reporters", RegimeJsonFormat::reporter),
                JsonFields.list(o, "indicators", RegimeJsonFormat::indicator),
                JsonFields.list(o, "rules", RegimeJsonFormat::rule)));
    }

    private static ReporterRule reporter(JsonObject r) {
        Optional<Integer> level = JsonFields.integer(r, "level");
        Optional<AgencyCode> agency = JsonFields.agency(r, "agency");
        String recipient = JsonFields.string(r, "recipient");
        RecipientRule recipientRule = recipient == null || recipient.equalsIgnoreCase("PARENT") ? RecipientRule.PARENT
                : RecipientRule.of(JsonFields.code(recipient, "recipient"));
        JsonObject deadline = JsonFields.object(r, "deadline");
        if (deadline == null) {
            throw new InvalidRegimeException("deadline", "A reporter entry needs its deadline: {\"workingDaysAfterCutOff\": n} or {\"dayOfMonth\": d}",
                    "Mục đơn vị báo cáo cần thời hạn: {\"workingDaysAfterCutOff\": n} hoặc {\"dayOfMonth\": d}");
        }
        DeadlineRule rule = JsonFields.at("deadline", () -> {
            Optional<Integer> days = JsonFields.integer(deadline, "workingDaysAfterCutOff");
            Optional<Integer> day = JsonFields.integer(deadline, "dayOfMonth");
            if (days.isPresent() == day.isPresent()) {
                throw new InvalidRegimeException(null, "A deadline is either workingDaysAfterCutOff or dayOfMonth",
                        "Thời hạn là workingDaysAfterCutOff hoặc dayOfMonth");
            }
            return days.map(DeadlineRule::workingDaysAfterCutOff).orElseGet(() -> DeadlineRule.dayOfMonth(day.get()));
        });
        return new ReporterRule(level, agency, recipientRule, rule);
    }

    private static Indicator indicator(JsonObject i) {
        String type = JsonFields.string(i, "type");
        IndicatorType indicatorType = JsonFields.enumValue(IndicatorType.class, i, "type", null);
        Optional<TableShape> table = Optional.empty();
        if (i.containsKey("columns") || i.containsKey("rows")) {
            table = Optional.of(new TableShape(
                    JsonFields.list(i, "rows", r -> new TableRow(JsonFields.string(r, "code"), JsonFields.text(r, "name"))),
                    JsonFields.list(i, "columns", c -> new TableColumn(JsonFields.string(c, "code"), JsonFields.text(c, "name"),
                            JsonFields.enumValue(IndicatorType.class, c, "type", IndicatorType.INTEGER))),
                    JsonFields.integer(i, "maxRows").orElse(TableShape.MAX_ROWS)));
        }
        return new Indicator(JsonFields.string(i, "code"), JsonFields.text(i, "name"), JsonFields.string(i, "unit"),
                type == null ? null : indicatorType,
                JsonFields.enumValue(AggregationKind.class, i, "aggregation", null),
                Optional.ofNullable(JsonFields.string(i, "weight")),
                JsonFields.integer(i, "decimals").orElse(-1),
                JsonFields.decimal(i, "min"), JsonFields.decimal(i, "max"),
                JsonFields.bool(i, "required", true),
                Optional.ofNullable(JsonFields.enumValue(IndicatorSource.class, i, "computed", null)),
                table,
                Optional.ofNullable(JsonFields.string(i, "section")),
                JsonFields.integer(i, "maxLength").orElse(0));
    }

    private static ValidationRule rule(JsonObject r) {
        String operator = JsonFields.string(r, "operator");
        return new ValidationRule(JsonFields.string(r, "code"),
                JsonFields.at("left", () -> ExpressionParser.parse(JsonFields.string(r, "left"))),
                Comparison.of(operator).orElse(null),
                JsonFields.at("right", () -> ExpressionParser.parse(JsonFields.string(r, "right"))),
                JsonFields.text(r, "message"),
                JsonFields.enumValue(ValidationRule.Severity.class, r, "severity", ValidationRule.Severity.ERROR),
                JsonFields.enumValue(ValidationRule.Scope.class, r, "appliesTo", ValidationRule.Scope.BOTH));
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
}
