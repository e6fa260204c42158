package vn.lienthong.reporting.submission;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.lienthong.reporting.regime.Indicator;
import vn.lienthong.reporting.regime.IndicatorType;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.TableShape;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON form of a report's figures (docs/reporting.md, "Submissions"), read against the regime
 * version so that each indicator's shape is known:
 * <pre>
 * {"values": {"CT01": 120, "CT02": {"value": 95.5, "unit": "%"}, "CT03": "text",
 *             "CT04": {"R1": {"C1": 2, "C2": 3}, "R2": {...}},      declared rows
 *             "CT05": [{"C1": "Dự án A", "C2": 12}, ...]},          free rows
 *  "corrections": {"CT01": "why the hub's figure is wrong"},
 *  "reason": "why this resubmission"}
 * </pre>
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static ReportInput read(JsonObject body, RegimeDefinition regime) {
        List<ReportProblem> problems = new ArrayList<>();
        if (body == null) {
            throw new ReportInvalidException(List.of(new ReportProblem("body", "A JSON object is required", "Cần nội dung JSON")));
        }
        JsonValue values = body.get("values");
        List<RawValue> raw = new ArrayList<>();
        if (!(values instanceof JsonObject figures)) {
            problems.add(new ReportProblem("values", "values must be an object of figures by indicator code",
                    "values phải là đối tượng chứa số liệu theo mã chỉ tiêu"));
        } else {
            for (Map.Entry<String, JsonValue> e : figures.entrySet()) {
                Optional<Indicator> indicator = regime.indicator(e.getKey());
                if (indicator.isEmpty()) {
                    problems.add(new ReportProblem("values/" + e.getKey(), "not an indicator of regime " + regime.code(),
                            "không phải chỉ tiêu của chế độ báo cáo " + regime.code()));
                    continue;
                }
                if (e.getValue().getValueType() != JsonValue.ValueType.NULL) {
                    read(indicator.get(), e.getValue(), raw, problems);
                }
            }
        }
        Map<String, String> corrections = strings(body, "corrections", problems);
        Optional<String> reason = Optional.empty();
        JsonValue r = body.get("reason");
        if (r instanceof JsonString s) {
            reason = Optional.of(s.getString());
        } else if (r != null && r.getValueType() != JsonValue.ValueType.NULL) {
            problems.add(new ReportProblem("reason", "reason must be a text", "reason phải là chuỗi"));
        }
        return new ReportInput(raw, corrections, reason, problems);
    }

    private static void read(Indicator indicator, JsonValue value, List<RawValue> raw, List<ReportProblem> problems) {
        String code = indicator.code();
        if (indicator.type() != IndicatorType.TABLE) {
            scalar(Cell.of(code), indicator.type(), value, raw, problems);
            return;
        }
        TableShape table = indicator.table().orElseThrow();
        if (table.freeRows()) {
            if (!(value instanceof JsonArray rows)) {
                problems.add(new ReportProblem("values/" + code, "a list table is an array of rows", "bảng danh sách là mảng các dòng"));
                return;
            }
            for (int i = 0; i < rows.size(); i++) {
                row(indicator, String.valueOf(i + 1), rows.get(i), raw, problems);
            }
            return;
        }
        if (!(value instanceof JsonObject rows)) {
            problems.add(new ReportProblem("values/" + code, "a table is an object of rows by row code",
                    "bảng là đối tượng chứa các dòng theo mã dòng"));
            return;
        }
        rows.forEach((row, cells) -> row(indicator, row, cells, raw, problems));
    }

    private static void row(Indicator indicator, String row, JsonValue cells, List<RawValue> raw, List<ReportProblem> problems) {
        if (!(cells instanceof JsonObject columns)) {
            problems.add(new ReportProblem("values/" + indicator.code() + "[" + row + "]", "a row is an object of cells by column code",
                    "dòng là đối tượng chứa các ô theo mã cột"));
            return;
        }
        TableShape table = indicator.table().orElseThrow();
        columns.forEach((column, cell) -> {
            Cell at = Cell.of(indicator.code(), row, column);
            IndicatorType type = table.column(column).map(c -> c.type()).orElse(IndicatorType.DECIMAL);
            if (cell.getValueType() != JsonValue.ValueType.NULL) {
                scalar(at, type, cell, raw, problems);
            }
        });
    }

    private static void scalar(Cell cell, IndicatorType type, JsonValue value, List<RawValue> raw, List<ReportProblem> problems) {
        Optional<String> unit = Optional.empty();
        JsonValue v = value;
        if (type.numeric() && value instanceof JsonObject withUnit && withUnit.containsKey("value")) {
            v = withUnit.get("value");
            if (withUnit.get("unit") instanceof JsonString u) {
                unit = Optional.of(u.getString().strip());
            }
        }
        if (v instanceof JsonNumber n) {
            raw.add(new RawValue(cell, n.bigDecimalValue(), null, unit));
        } else if (v instanceof JsonString s) {
            raw.add(new RawValue(cell, null, s.getString(), unit));
        } else {
            problems.add(new ReportProblem("values/" + cell.path(), type.numeric() ? "must be a number" : "must be a text",
                    type.numeric() ? "phải là số" : "phải là chuỗi"));
        }
    }

    private static Map<String, String> strings(JsonObject body, String field, List<ReportProblem> problems) {
        JsonValue v = body.get(field);
        Map<String, String> found = new LinkedHashMap<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return found;
        }
        if (!(v instanceof JsonObject o)) {
            problems.add(new ReportProblem(field, field + " must be an object of texts by indicator code",
                    field + " phải là đối tượng chứa chuỗi theo mã chỉ tiêu"));
            return found;
        }
        o.forEach((k, text) -> {
            if (text instanceof JsonString s) {
                found.put(k, s.getString());
            } else {
                problems.add(new ReportProblem(field + "/" + k, "must be a text", "phải là chuỗi"));
            }
        });
        return found;
    }

    /** Figures in the same JSON form, as the hub answers them (tables by row, lists as arrays). */
    public static JsonObject write(ReportData data, RegimeDefinition regime) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        Map<String, SortedMap<String, SortedMap<String, JsonValue>>> tables = new LinkedHashMap<>();
        for (Cell cell : data.cells()) {
            JsonValue value = data.number(cell).<JsonValue>map(n -> Json.createValue(n.stripTrailingZeros().scale() < 0
                    ? n.setScale(0) : n.stripTrailingZeros())).orElseGet(() -> Json.createValue(data.text(cell).orElseThrow()));
            if (cell.scalar()) {
                out.add(cell.indicator(), value);
            } else {
                tables.computeIfAbsent(cell.indicator(), k -> new TreeMap<>(ReportJson::rowOrder))
                        .computeIfAbsent(cell.row(), k -> new TreeMap<>()).put(cell.column(), value);
            }
        }
        tables.forEach((indicator, rows) -> {
            boolean list = regime.indicator(indicator).flatMap(Indicator::table).map(TableShape::freeRows).orElse(false);
            if (list) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                rows.values().forEach(cells -> array.add(row(cells)));
                out.add(indicator, array);
            } else {
                JsonObjectBuilder object = Json.createObjectBuilder();
                rows.forEach((row, cells) -> object.add(row, row(cells)));
                out.add(indicator, object);
            }
        });
        return out.build();
    }

    private static JsonObjectBuilder row(Map<String, JsonValue> cells) {
        JsonObjectBuilder row = Json.createObjectBuilder();
        cells.forEach(row::add);
        return row;
    }

    /** Free rows are numbered: 2 before 10. */
    private static int rowOrder(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit);
        boolean nb = b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }

    static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
