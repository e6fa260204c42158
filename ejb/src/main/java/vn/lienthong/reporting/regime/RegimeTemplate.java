package vn.lienthong.reporting.regime;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienthong.reporting.InvalidRegimeException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A regime as an XLSX template people fill in with a spreadsheet: sheet "Chế độ báo cáo" (one
 * field per line: name, value), "Đối tượng báo cáo" (who reports to whom by when), "Chỉ tiêu" (one
 * indicator per line) and "Quy tắc" (one rule per line). Read into the regime's JSON form, so a
 * template is checked exactly as a JSON definition is; refusals name the JSON path
 * ({@code indicators[2].weight} is the third indicator line).
 */
public final class RegimeTemplate {

    static final String REGIME = "Chế độ báo cáo";
    static final String REPORTERS = "Đối tượng báo cáo";
    static final String INDICATORS = "Chỉ tiêu";
    static final String RULES = "Quy tắc";
    static final List<String> REPORTER_COLUMNS = List.of("level", "agency", "recipient", "workingDaysAfterCutOff", "dayOfMonth");
    static final List<String> INDICATOR_COLUMNS = List.of("code", "name.vi", "name.en", "unit", "type", "aggregation", "weight",
            "decimals", "min", "max", "required", "computed", "section", "maxLength", "rows", "columns", "maxRows");
    static final List<String> RULE_COLUMNS = List.of("code", "left", "operator", "right", "message.vi", "message.en", "severity", "appliesTo");
    private static final List<String> REGIME_FIELDS = List.of("code", "name.vi", "name.en", "kind", "frequency", "window", "issuer",
            "legalBasis", "scope", "signatureRequired", "autoOpen", "validFrom");
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private RegimeTemplate() {
    }

    /** The regime's JSON form (with {@code validFrom} when the template names one). */
    public static JsonObject read(byte[] xlsx) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet regime = sheet(book, REGIME);
            Map<String, String> fields = new LinkedHashMap<>();
            for (Row row : regime) {
                String key = text(row.getCell(0));
                if (!key.isEmpty()) {
                    fields.put(key, text(row.getCell(1)));
                }
            }
            JsonObjectBuilder o = Json.createObjectBuilder();
            fields.forEach((key, value) -> {
                if (value.isEmpty() || key.startsWith("name.")) {
                    return;
                }
                if (key.equals("signatureRequired") || key.equals("autoOpen")) {
                    o.add(key, bool(value, key));
                } else {
                    o.add(key, value);
                }
            });
            o.add("name", Json.createObjectBuilder().add("vi", fields.getOrDefault("name.vi", "")).add("en", fields.getOrDefault("name.en", "")));
            o.add("reporters", rows(sheet(book, REPORTERS), REPORTER_COLUMNS, RegimeTemplate::reporter));
            o.add("indicators", rows(sheet(book, INDICATORS), INDICATOR_COLUMNS, RegimeTemplate::indicator));
            Sheet rules = book.getSheet(RULES);
            o.add("rules", rules == null ? Json.createArrayBuilder() : rows(rules, RULE_COLUMNS, RegimeTemplate::rule));
            return o.build();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRegimeException refused) {
                throw refused;
            }
            throw new InvalidRegimeException("template", "Not a readable XLSX regime template: " + e.getMessage(),
                    "Không đọc được tệp mẫu chế độ báo cáo (XLSX): " + e.getMessage());
        }
    }

    private interface LineReader {
        JsonObject read(Map<String, String> line);
    }

    private static JsonArrayBuilder rows(Sheet sheet, List<String> columns, LineReader reader) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        Row header = sheet.getRow(0);
        if (header == null) {
            return array;
        }
        Map<Integer, String> byIndex = new LinkedHashMap<>();
        for (Cell cell : header) {
            String name = text(cell);
            if (columns.contains(name)) {
                byIndex.put(cell.getColumnIndex(), name);
            }
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> line = new LinkedHashMap<>();
            byIndex.forEach((i, name) -> line.put(name, text(row.getCell(i))));
            if (line.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            array.add(reader.read(line));
        }
        return array;
    }

    private static JsonObject reporter(Map<String, String> line) {
        JsonObjectBuilder r = Json.createObjectBuilder();
        number(r, "level", line.get("level"));
        string(r, "agency", line.get("agency"));
        string(r, "recipient", line.get("recipient"));
        JsonObjectBuilder deadline = Json.createObjectBuilder();
        number(deadline, "workingDaysAfterCutOff", line.get("workingDaysAfterCutOff"));
        number(deadline, "dayOfMonth", line.get("dayOfMonth"));
        return r.add("deadline", deadline).build();
    }

    private static JsonObject indicator(Map<String, String> line) {
        JsonObjectBuilder i = Json.createObjectBuilder();
        string(i, "code", line.get("code"));
        i.add("name", Json.createObjectBuilder().add("vi", line.getOrDefault("name.vi", "")).add("en", line.getOrDefault("name.en", "")));
        for (String field : List.of("unit", "type", "aggregation", "weight", "computed", "section")) {
            string(i, field, line.get(field));
        }
        for (String field : List.of("decimals", "maxLength", "maxRows")) {
            number(i, field, line.get(field));
        }
        number(i, "min", line.get("min"));
        number(i, "max", line.get("max"));
        String required = line.getOrDefault("required", "");
        if (!required.isEmpty()) {
            i.add("required", bool(required, "required"));
        }
        String rows = line.getOrDefault("rows", "");
        String columns = line.getOrDefault("columns", "");
        if (!rows.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (String part : rows.split(";")) {
                String[] kv = part.split("=", 2);
                list.add(Json.createObjectBuilder().add("code", kv[0].strip()).add("name", kv.length > 1 ? kv[1].strip() : kv[0].strip()));
            }
            i.add("rows", list);
        }
        if (!columns.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (String part : columns.split(";")) {
                String[] kv = part.split("=", 2);
                String name = kv.length > 1 ? kv[1] : kv[0];
                String type = "INTEGER";
                int colon = name.lastIndexOf(':');
                if (colon >= 0) {
                    type = name.substring(colon + 1).strip();
                    name = name.substring(0, colon);
                }
                list.add(Json.createObjectBuilder().add("code", kv[0].strip()).add("name", name.strip()).add("type", type));
            }
            i.add("columns", list);
        }
        return i.build();
    }

    private static JsonObject rule(Map<String, String> line) {
        JsonObjectBuilder r = Json.createObjectBuilder();
        for (String field : List.of("code", "left", "operator", "right", "severity", "appliesTo")) {
            string(r, field, line.get(field));
        }
        r.add("message", Json.createObjectBuilder().add("vi", line.getOrDefault("message.vi", "")).add("en", line.getOrDefault("message.en", "")));
        return r.build();
    }

    /** The regime as a template, read back by {@link #read} into the same definition. */
    public static byte[] write(RegimeDefinition d, String validFrom) {
        return RegimeTemplateWriter.write(d, validFrom);
    }

    private static Sheet sheet(Workbook book, String name) {
        Sheet sheet = book.getSheet(name);
        if (sheet == null) {
            throw new InvalidRegimeException("template", "The template has no sheet '" + name + "'", "Tệp mẫu thiếu trang '" + name + "'");
        }
        return sheet;
    }

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            BigDecimal n = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
        }
        if (cell.getCellType() == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        return FORMATTER.formatCellValue(cell).strip();
    }

    private static void string(JsonObjectBuilder o, String field, String value) {
        if (value != null && !value.isEmpty()) {
            o.add(field, value);
        }
    }

    private static void number(JsonObjectBuilder o, String field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        try {
            o.add(field, new BigDecimal(value));
        } catch (NumberFormatException e) {
            o.add(field, value);
        }
    }

    private static boolean bool(String value, String field) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("có") || v.equals("x") || v.equals("1")) {
            return true;
        }
        if (v.equals("false") || v.equals("không") || v.equals("0")) {
            return false;
        }
        throw new InvalidRegimeException(field, field + " is true or false, not '" + value + "'",
                field + " là true hoặc false, không phải '" + value + "'");
    }
}
