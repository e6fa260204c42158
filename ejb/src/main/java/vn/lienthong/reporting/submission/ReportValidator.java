package vn.lienthong.reporting.submission;

import vn.lienthong.reporting.regime.Indicator;
import vn.lienthong.reporting.regime.IndicatorType;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.TableColumn;
import vn.lienthong.reporting.regime.TableRow;
import vn.lienthong.reporting.regime.TableShape;
import vn.lienthong.reporting.validation.RuleCheck;
import vn.lienthong.reporting.validation.RuleViolation;
import vn.lienthong.reporting.validation.ValidationRule;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a report against its regime version, in the order a reporter fixes things: each figure
 * (known indicator, type, unit, decimals, range, table shape), then what is missing, then the
 * hub's own figures, then the rules across indicators. Pure: the caller hands in the hub's figures
 * for computed indicators and the reporter's figures of the period before.
 */
public final class ReportValidator {

    public static final int MAX_REASON = 2000;

    private ReportValidator() {
    }

    public static ValidatedReport validate(RegimeDefinition regime, ReportInput input, Map<String, BigDecimal> hubFigures,
                                           ReportData previous) {
        List<ReportProblem> problems = new ArrayList<>(input.problems());
        ReportData.Builder data = ReportData.builder();
        Set<Cell> seen = new java.util.HashSet<>();
        // Indicators the reporter wrote something for, valid or not: never "missing" as well.
        Set<String> mentioned = new java.util.HashSet<>();
        input.values().forEach(v -> mentioned.add(v.cell().indicator()));
        input.problems().forEach(p -> mentioned.add(indicatorOf(p.element())));
        for (RawValue raw : input.values()) {
            Cell cell = raw.cell();
            String element = "values/" + cell.path();
            Optional<Indicator> found = regime.indicator(cell.indicator());
            if (found.isEmpty()) {
                problems.add(new ReportProblem(element, "not an indicator of regime " + regime.code(),
                        "không phải chỉ tiêu của chế độ báo cáo " + regime.code()));
                continue;
            }
            if (!seen.add(cell)) {
                problems.add(new ReportProblem(element, "given twice", "được ghi hai lần"));
                continue;
            }
            Indicator indicator = found.get();
            Optional<IndicatorType> type = typeOf(indicator, cell, problems, element);
            if (type.isEmpty()) {
                continue;
            }
            if (type.get() == IndicatorType.TEXT) {
                text(indicator, raw, element, problems).ifPresent(t -> data.text(cell, t));
            } else {
                number(indicator, type.get(), raw, element, problems).ifPresent(n -> data.number(cell, n));
            }
        }
        ReportData given = data.build();
        for (Indicator indicator : regime.indicators()) {
            if (!mentioned.contains(indicator.code()) || given.has(indicator.code())) {
                missing(indicator, given, seen, problems);
            }
        }
        Map<String, Correction> corrections = new HashMap<>();
        for (Indicator indicator : regime.indicators()) {
            if (indicator.computed().isEmpty()) {
                continue;
            }
            Cell cell = Cell.of(indicator.code());
            BigDecimal hub = hubFigures.get(indicator.code());
            if (hub == null) {
                continue;
            }
            Optional<BigDecimal> reported = given.number(cell);
            if (reported.isEmpty()) {
                data.number(cell, hub);
            } else if (reported.get().compareTo(hub) != 0) {
                String reason = input.corrections().get(indicator.code());
                if (reason == null || reason.isBlank()) {
                    problems.add(new ReportProblem("values/" + indicator.code(),
                            reported.get().toPlainString() + " differs from the hub's own figure " + hub.toPlainString()
                                    + ": confirm the hub's figure or give the reason in corrections." + indicator.code(),
                            reported.get().toPlainString() + " khác số liệu Trục tự tính " + hub.toPlainString()
                                    + ": hãy xác nhận số liệu của Trục hoặc ghi lý do trong corrections." + indicator.code()));
                } else if (reason.strip().length() > MAX_REASON) {
                    problems.add(new ReportProblem("corrections/" + indicator.code(), "a reason is at most " + MAX_REASON + " characters",
                            "lý do dài tối đa " + MAX_REASON + " ký tự"));
                } else {
                    corrections.put(indicator.code(), new Correction(hub, reason.strip()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportInvalidException(problems);
        }
        ReportData complete = data.build();
        List<RuleViolation> violations = RuleCheck.violations(regime.rules(), ValidationRule.Scope.SUBMISSION, complete, previous);
        List<RuleViolation> errors = violations.stream().filter(v -> v.severity() == ValidationRule.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new ReportRuleViolatedException(errors);
        }
        Map<String, BigDecimal> hubOfRegime = new HashMap<>();
        regime.indicators().forEach(i -> i.computed().ifPresent(c -> {
            if (hubFigures.containsKey(i.code())) {
                hubOfRegime.put(i.code(), hubFigures.get(i.code()));
            }
        }));
        return new ValidatedReport(complete, hubOfRegime, corrections,
                violations.stream().filter(v -> v.severity() == ValidationRule.Severity.WARNING).toList());
    }

    private static Optional<IndicatorType> typeOf(Indicator indicator, Cell cell, List<ReportProblem> problems, String element) {
        if (indicator.type() != IndicatorType.TABLE) {
            if (!cell.scalar()) {
                problems.add(new ReportProblem(element, indicator.code() + " is not a table", indicator.code() + " không phải chỉ tiêu dạng bảng"));
                return Optional.empty();
            }
            return Optional.of(indicator.type());
        }
        TableShape table = indicator.table().orElseThrow();
        if (cell.scalar()) {
            problems.add(new ReportProblem(element, "a table's figures sit in its rows and columns", "số liệu của bảng nằm trong các dòng và cột"));
            return Optional.empty();
        }
        if (table.freeRows()) {
            if (!isRowNumber(cell.row(), table.maxRows())) {
                problems.add(new ReportProblem(element, "the list holds rows 1 to " + table.maxRows(),
                        "bảng danh sách có các dòng từ 1 đến " + table.maxRows()));
                return Optional.empty();
            }
        } else if (!table.hasRow(cell.row())) {
            problems.add(new ReportProblem(element, "row " + cell.row() + " is not a row of " + indicator.code(),
                    "dòng " + cell.row() + " không thuộc chỉ tiêu " + indicator.code()));
            return Optional.empty();
        }
        Optional<TableColumn> column = table.column(cell.column());
        if (column.isEmpty()) {
            problems.add(new ReportProblem(element, "column " + cell.column() + " is not a column of " + indicator.code(),
                    "cột " + cell.column() + " không thuộc chỉ tiêu " + indicator.code()));
            return Optional.empty();
        }
        return Optional.of(column.get().type());
    }

    private static boolean isRowNumber(String row, int max) {
        if (row.isEmpty() || row.length() > 4 || !row.chars().allMatch(Character::isDigit) || row.startsWith("0")) {
            return false;
        }
        int n = Integer.parseInt(row);
        return n >= 1 && n <= max;
    }

    private static Optional<String> text(Indicator indicator, RawValue raw, String element, List<ReportProblem> problems) {
        if (raw.text() == null) {
            problems.add(new ReportProblem(element, "must be a text", "phải là chuỗi"));
            return Optional.empty();
        }
        String text = raw.text().strip();
        if (text.length() > indicator.maxLength()) {
            problems.add(new ReportProblem(element, "is longer than " + indicator.maxLength() + " characters",
                    "dài quá " + indicator.maxLength() + " ký tự"));
            return Optional.empty();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<BigDecimal> number(Indicator indicator, IndicatorType type, RawValue raw, String element,
                                               List<ReportProblem> problems) {
        if (raw.number() == null) {
            problems.add(new ReportProblem(element, "must be a number, not '" + abbreviated(raw.text()) + "'",
                    "phải là số, không phải '" + abbreviated(raw.text()) + "'"));
            return Optional.empty();
        }
        BigDecimal n = raw.number();
        if (raw.unit().isPresent() && indicator.unit() != null && cell(raw).scalar()
                && !raw.unit().get().equalsIgnoreCase(indicator.unit())) {
            problems.add(new ReportProblem(element, "is counted in " + indicator.unit() + ", not " + raw.unit().get(),
                    "có đơn vị tính là " + indicator.unit() + ", không phải " + raw.unit().get()));
            return Optional.empty();
        }
        int scale = Math.max(0, n.stripTrailingZeros().scale());
        int decimals = type == IndicatorType.INTEGER ? 0 : indicator.decimals();
        if (scale > decimals) {
            problems.add(new ReportProblem(element, type == IndicatorType.INTEGER ? "must be a whole number, not " + n.toPlainString()
                    : "has more than " + decimals + " decimal places: " + n.toPlainString(),
                    type == IndicatorType.INTEGER ? "phải là số nguyên, không phải " + n.toPlainString()
                            : "có quá " + decimals + " chữ số thập phân: " + n.toPlainString()));
            return Optional.empty();
        }
        if (n.abs().compareTo(new BigDecimal("1e21")) >= 0) {
            problems.add(new ReportProblem(element, "is too large", "quá lớn"));
            return Optional.empty();
        }
        Optional<BigDecimal> min = type == IndicatorType.PERCENT && !cell(raw).scalar() ? Optional.of(BigDecimal.ZERO) : indicator.min();
        Optional<BigDecimal> max = type == IndicatorType.PERCENT && !cell(raw).scalar() ? Optional.of(BigDecimal.valueOf(100)) : indicator.max();
        if (min.isPresent() && n.compareTo(min.get()) < 0 || max.isPresent() && n.compareTo(max.get()) > 0) {
            String range = min.map(BigDecimal::toPlainString).orElse("-∞") + " … " + max.map(BigDecimal::toPlainString).orElse("+∞");
            problems.add(new ReportProblem(element, n.toPlainString() + " lies outside " + range,
                    n.toPlainString() + " nằm ngoài khoảng " + range));
            return Optional.empty();
        }
        return Optional.of(n);
    }

    private static Cell cell(RawValue raw) {
        return raw.cell();
    }

    private static void missing(Indicator indicator, ReportData given, Set<Cell> written, List<ReportProblem> problems) {
        boolean present = given.has(indicator.code());
        if (indicator.type() != IndicatorType.TABLE) {
            if (!present && indicator.required() && indicator.computed().isEmpty()) {
                problems.add(new ReportProblem("values/" + indicator.code(), "is required", "là chỉ tiêu bắt buộc"));
            }
            return;
        }
        TableShape table = indicator.table().orElseThrow();
        if (!present) {
            if (indicator.required() && !table.freeRows()) {
                problems.add(new ReportProblem("values/" + indicator.code(), "is required", "là chỉ tiêu bắt buộc"));
            }
            return;
        }
        Set<String> rows = new TreeSet<>();
        given.cells().stream().filter(c -> c.indicator().equals(indicator.code())).forEach(c -> rows.add(c.row()));
        List<String> expectedRows = table.freeRows() ? List.copyOf(rows) : table.rows().stream().map(TableRow::code).toList();
        for (String row : expectedRows) {
            for (TableColumn column : table.columns()) {
                Cell cell = Cell.of(indicator.code(), row, column.code());
                if (!written.contains(cell) && column.type() != IndicatorType.TEXT) {
                    problems.add(new ReportProblem("values/" + cell.path(), "is missing: every row of the table has every number column",
                            "còn thiếu: mỗi dòng của bảng cần đủ các cột số"));
                }
            }
        }
    }

    /** {@code values/CT04[R1][C2]} → {@code CT04}. */
    private static String indicatorOf(String element) {
        String rest = element.startsWith("values/") ? element.substring("values/".length()) : element;
        int bracket = rest.indexOf('[');
        return bracket < 0 ? rest : rest.substring(0, bracket);
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
