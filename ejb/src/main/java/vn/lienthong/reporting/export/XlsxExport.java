package vn.lienthong.reporting.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienthong.directory.agency.AgencyTree;
import vn.lienthong.reporting.Views;
import vn.lienthong.reporting.aggregation.Aggregate;
import vn.lienthong.reporting.aggregation.AggregateNode;
import vn.lienthong.reporting.aggregation.RateCounts;
import vn.lienthong.reporting.aggregation.UnitReport;
import vn.lienthong.reporting.obligation.ReportStatus;
import vn.lienthong.reporting.validation.RuleViolation;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An aggregated report as a workbook in the regime's layout (its data form): sheet "Tổng hợp" with
 * one line per figure, the total and each unit directly below; "Chi tiết" with every reporter's
 * own figures; "Chưa gửi" with who has not submitted; "Kiểm tra" with the rules the total breaks.
 * Figures are numbers, so the workbook computes and sorts as people expect.
 */
final class XlsxExport {

    static final String SUMMARY = "Tổng hợp";
    static final String DETAIL = "Chi tiết";
    static final String MISSING = "Chưa gửi";
    static final String CHECKS = "Kiểm tra";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private XlsxExport() {
    }

    static byte[] write(Aggregate a, AgencyTree names) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            List<AggregateNode> units = a.root().children();
            List<AggregateNode> reporters = a.root().flatten().stream().filter(n -> n.unit().isPresent()).toList();
            List<ReportData> all = new ArrayList<>();
            all.add(a.root().values());
            reporters.forEach(n -> all.add(n.unit().get().own()));
            List<ReportLayout.Line> lines = ReportLayout.of(a.regime(), all);
            summary(book.createSheet(SUMMARY), a, names, units, lines, styles);
            detail(book.createSheet(DETAIL), a, names, reporters, lines, styles);
            missing(book.createSheet(MISSING), a, names, reporters, styles);
            checks(book.createSheet(CHECKS), a.violations(), styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet sheet, Aggregate a, AgencyTree names, List<AggregateNode> units,
                                List<ReportLayout.Line> lines, Styles styles) {
        int r = heading(sheet, a, names, styles);
        Row header = sheet.createRow(r++);
        List<String> titles = new ArrayList<>(List.of("STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Tổng hợp"));
        if (a.root().unit().isPresent()) {
            titles.add("Số liệu của " + name(names, a.root()));
        }
        units.forEach(u -> titles.add(name(names, u) + " (" + u.agency() + ")"));
        for (int c = 0; c < titles.size(); c++) {
            text(header, c, titles.get(c), styles.header);
        }
        ReportData total = a.root().values();
        for (ReportLayout.Line line : lines) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.number(), line.heading() ? styles.bold : null);
            text(row, 1, line.code(), line.heading() ? styles.bold : null);
            text(row, 2, line.label(), line.heading() ? styles.bold : null);
            text(row, 3, line.unit(), null);
            if (line.cell().isEmpty()) {
                continue;
            }
            Cell cell = line.cell().get();
            int c = 4;
            figure(row, c++, total, cell, styles);
            if (a.root().unit().isPresent()) {
                figure(row, c++, a.root().unit().get().own(), cell, styles);
            }
            for (AggregateNode unit : units) {
                figure(row, c++, unit.values().has(cell.indicator()) || unit.unit().isEmpty() ? unit.values()
                        : unit.unit().get().own(), cell, styles);
            }
        }
        for (int c = 0; c < titles.size(); c++) {
            sheet.setColumnWidth(c, c == 2 ? 60 * 256 : c < 2 ? 12 * 256 : 22 * 256);
        }
        sheet.createFreezePane(4, 6);
    }

    private static int heading(Sheet sheet, Aggregate a, AgencyTree names, Styles styles) {
        text(sheet.createRow(0), 0, a.regime().name().vi(), styles.title);
        text(sheet.createRow(1), 0, "Chế độ báo cáo " + a.regime().code() + ", phiên bản " + a.period().regimeVersion()
                + (a.regime().legalBasis() == null ? "" : " (" + a.regime().legalBasis() + ")")
                + " — Kỳ báo cáo " + a.period().key() + ", số liệu từ " + DAY.format(a.period().window().from())
                + " đến " + DAY.format(a.period().window().cutOff()), null);
        text(sheet.createRow(2), 0, "Đơn vị tổng hợp: " + name(names, a.root()) + " (" + a.root().agency() + ") — số liệu tại thời điểm "
                + TIME.format(Views.local(a.asOf())), null);
        RateCounts rates = a.root().rates();
        text(sheet.createRow(3), 0, "Tình hình gửi báo cáo: " + rates.submitted() + "/" + rates.expected() + " đã gửi, "
                + rates.onTime() + " đúng hạn, " + rates.late() + " muộn hạn, " + rates.overdue() + " quá hạn chưa gửi", null);
        return 5;
    }

    private static void detail(Sheet sheet, Aggregate a, AgencyTree names, List<AggregateNode> reporters,
                               List<ReportLayout.Line> lines, Styles styles) {
        List<ReportLayout.Line> figures = lines.stream().filter(l -> l.cell().isPresent()).toList();
        Row header = sheet.createRow(0);
        List<String> titles = new ArrayList<>(List.of("Mã đơn vị", "Tên đơn vị", "Cấp", "Nơi nhận", "Hạn gửi", "Trạng thái", "Thời điểm gửi"));
        figures.forEach(l -> titles.add(l.cell().get().path()));
        for (int c = 0; c < titles.size(); c++) {
            text(header, c, titles.get(c), styles.header);
        }
        int r = 1;
        for (AggregateNode n : reporters) {
            UnitReport u = n.unit().orElseThrow();
            Row row = sheet.createRow(r++);
            unit(row, u, name(names, n), a, styles);
            text(row, 6, u.firstSubmittedAt().map(t -> TIME.format(Views.local(t))).orElse(""), null);
            int c = 7;
            for (ReportLayout.Line line : figures) {
                figure(row, c++, u.own(), line.cell().get(), styles);
            }
        }
        sheet.setColumnWidth(1, 40 * 256);
        sheet.createFreezePane(2, 1);
    }

    private static void missing(Sheet sheet, Aggregate a, AgencyTree names, List<AggregateNode> reporters, Styles styles) {
        Row header = sheet.createRow(0);
        String[] titles = {"Mã đơn vị", "Tên đơn vị", "Cấp", "Nơi nhận", "Hạn gửi", "Trạng thái"};
        for (int c = 0; c < titles.length; c++) {
            text(header, c, titles[c], styles.header);
        }
        int r = 1;
        for (AggregateNode n : reporters) {
            UnitReport u = n.unit().orElseThrow();
            if (!u.status(a.asOf()).submitted()) {
                unit(sheet.createRow(r++), u, name(names, n), a, styles);
            }
        }
        sheet.setColumnWidth(1, 40 * 256);
    }

    private static void checks(Sheet sheet, List<RuleViolation> violations, Styles styles) {
        Row header = sheet.createRow(0);
        String[] titles = {"Quy tắc", "Mức độ", "Công thức", "Vế trái", "Vế phải", "Thông báo"};
        for (int c = 0; c < titles.length; c++) {
            text(header, c, titles[c], styles.header);
        }
        int r = 1;
        for (RuleViolation v : violations) {
            Row row = sheet.createRow(r++);
            text(row, 0, v.rule(), null);
            text(row, 1, v.severity().name(), null);
            text(row, 2, v.formula(), null);
            number(row, 3, v.left(), styles);
            number(row, 4, v.right(), styles);
            text(row, 5, v.message().vi(), null);
        }
    }

    private static void unit(Row row, UnitReport u, String name, Aggregate a, Styles styles) {
        text(row, 0, u.agency().value(), null);
        text(row, 1, name, null);
        row.createCell(2).setCellValue(u.level());
        text(row, 3, u.recipient().value(), null);
        text(row, 4, DAY.format(Views.local(u.dueAt()).minusSeconds(1)), null);
        text(row, 5, status(u.status(a.asOf())), null);
    }

    static String status(ReportStatus status) {
        return switch (status) {
            case PENDING -> "Chưa đến hạn";
            case OVERDUE -> "Quá hạn, chưa gửi";
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Muộn hạn";
        };
    }

    private static void figure(Row row, int column, ReportData data, Cell cell, Styles styles) {
        Optional<BigDecimal> n = data.number(cell);
        if (n.isPresent()) {
            number(row, column, n.get(), styles);
        } else {
            data.text(cell).ifPresent(t -> text(row, column, t, null));
        }
    }

    private static void number(Row row, int column, BigDecimal value, Styles styles) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
        c.setCellValue(value.doubleValue());
        c.setCellStyle(value.stripTrailingZeros().scale() > 0 ? styles.decimal : styles.integer);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static String name(AgencyTree names, AggregateNode node) {
        return names.find(node.agency()).map(AgencyTree.Node::name).orElse(node.agency().value());
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle integer;
        final CellStyle decimal;

        Styles(Workbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            Font titleFont = book.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(titleFont);
            header = book.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            integer = book.createCellStyle();
            integer.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.00####"));
        }
    }
}
