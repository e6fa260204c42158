package vn.lienthong.reporting.regime;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static vn.lienthong.reporting.regime.RegimeTemplate.INDICATORS;
import static vn.lienthong.reporting.regime.RegimeTemplate.INDICATOR_COLUMNS;
import static vn.lienthong.reporting.regime.RegimeTemplate.REGIME;
import static vn.lienthong.reporting.regime.RegimeTemplate.REPORTERS;
import static vn.lienthong.reporting.regime.RegimeTemplate.REPORTER_COLUMNS;
import static vn.lienthong.reporting.regime.RegimeTemplate.RULES;
import static vn.lienthong.reporting.regime.RegimeTemplate.RULE_COLUMNS;

/** Writes a regime version as the XLSX template {@link RegimeTemplate} reads. */
final class RegimeTemplateWriter {

    private RegimeTemplateWriter() {
    }

    static byte[] write(RegimeDefinition d, String validFrom) {
        JsonObject json = RegimeJsonFormat.write(d);
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet regime = book.createSheet(REGIME);
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[]{"code", d.code()});
            fields.add(new String[]{"name.vi", d.name().vi()});
            fields.add(new String[]{"name.en", d.name().en()});
            fields.add(new String[]{"kind", d.kind().name()});
            fields.add(new String[]{"frequency", d.frequency().name()});
            fields.add(new String[]{"window", d.window().name()});
            fields.add(new String[]{"issuer", d.issuer().value()});
            fields.add(new String[]{"legalBasis", d.legalBasis() == null ? "" : d.legalBasis()});
            fields.add(new String[]{"scope", d.scope().map(Object::toString).orElse("")});
            fields.add(new String[]{"signatureRequired", String.valueOf(d.signatureRequired())});
            fields.add(new String[]{"autoOpen", String.valueOf(d.autoOpen())});
            fields.add(new String[]{"validFrom", validFrom == null ? "" : validFrom});
            for (int r = 0; r < fields.size(); r++) {
                Row row = regime.createRow(r);
                row.createCell(0).setCellValue(fields.get(r)[0]);
                row.createCell(1).setCellValue(fields.get(r)[1]);
            }
            regime.setColumnWidth(1, 60 * 256);
            Sheet reporters = header(book.createSheet(REPORTERS), REPORTER_COLUMNS);
            int r = 1;
            for (ReporterRule rule : d.reporters()) {
                Row row = reporters.createRow(r++);
                rule.level().ifPresent(l -> row.createCell(0).setCellValue(l));
                rule.agency().ifPresent(a -> row.createCell(1).setCellValue(a.value()));
                row.createCell(2).setCellValue(rule.recipient().text());
                row.createCell(rule.deadline().kind() == vn.lienthong.reporting.period.DeadlineRule.Kind.DAY_OF_MONTH ? 4 : 3)
                        .setCellValue(rule.deadline().amount());
            }
            Sheet indicators = header(book.createSheet(INDICATORS), INDICATOR_COLUMNS);
            r = 1;
            for (JsonValue v : json.getJsonArray("indicators")) {
                JsonObject i = v.asJsonObject();
                Row row = indicators.createRow(r++);
                for (int c = 0; c < INDICATOR_COLUMNS.size(); c++) {
                    String value = indicatorField(i, INDICATOR_COLUMNS.get(c));
                    if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            indicators.setColumnWidth(1, 50 * 256);
            Sheet rules = header(book.createSheet(RULES), RULE_COLUMNS);
            r = 1;
            for (JsonValue v : json.getJsonArray("rules")) {
                JsonObject rule = v.asJsonObject();
                Row row = rules.createRow(r++);
                for (int c = 0; c < RULE_COLUMNS.size(); c++) {
                    String field = RULE_COLUMNS.get(c);
                    String value = field.startsWith("message.") ? rule.getJsonObject("message").getString(field.substring(8))
                            : rule.getString(field);
                    row.createCell(c).setCellValue(value);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String indicatorField(JsonObject i, String field) {
        switch (field) {
            case "name.vi":
                return i.getJsonObject("name").getString("vi");
            case "name.en":
                return i.getJsonObject("name").getString("en");
            case "rows": {
                if (!i.containsKey("rows")) {
                    return "";
                }
                List<String> parts = new ArrayList<>();
                i.getJsonArray("rows").getValuesAs(JsonObject.class)
                        .forEach(r -> parts.add(r.getString("code") + "=" + r.getJsonObject("name").getString("vi")));
                return String.join("; ", parts);
            }
            case "columns": {
                if (!i.containsKey("columns")) {
                    return "";
                }
                List<String> parts = new ArrayList<>();
                i.getJsonArray("columns").getValuesAs(JsonObject.class)
                        .forEach(c -> parts.add(c.getString("code") + "=" + c.getJsonObject("name").getString("vi") + ":" + c.getString("type")));
                return String.join("; ", parts);
            }
            default: {
                JsonValue v = i.get(field);
                if (v == null) {
                    return "";
                }
                return switch (v.getValueType()) {
                    case STRING -> i.getString(field);
                    case NUMBER -> i.getJsonNumber(field).bigDecimalValue().toPlainString();
                    case TRUE -> "true";
                    case FALSE -> "false";
                    default -> "";
                };
            }
        }
    }

    private static Sheet header(Sheet sheet, List<String> columns) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(columns.get(c));
        }
        return sheet;
    }

}
