package vn.lienthong.reporting.regime;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyTree;
import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.Text;
import vn.lienthong.reporting.period.Frequency;
import vn.lienthong.reporting.period.WindowRule;
import vn.lienthong.reporting.validation.ValidationRule;
import vn.lienthong.reporting.value.Cell;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One version of a regime, whole (Decree 09 Art 7): its name and legal basis, who issued it, its
 * kind and frequency, the data window rule, who reports to whom by when, whether reports must be
 * signed, its indicators and its rules. A definition that exists is coherent across its parts.
 *
 * @param scope    when present, only agencies within it report by level (the issuing province's units)
 * @param autoOpen whether the hub opens each period itself when its data window starts
 */
public record RegimeDefinition(String code, Text name, RegimeKind kind, Frequency frequency, WindowRule window,
                               AgencyCode issuer, String legalBasis, Optional<AgencyCode> scope, boolean signatureRequired,
                               boolean autoOpen, List<ReporterRule> reporters, List<Indicator> indicators,
                               List<ValidationRule> rules) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    public static final int MAX_INDICATORS = 500;

    public RegimeDefinition {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidRegimeException("code", "A regime code has 1-40 letters, digits, '.', '_' or '-', not '" + code + "'",
                    "Mã chế độ báo cáo gồm 1-40 chữ cái, chữ số, '.', '_' hoặc '-', không phải '" + code + "'");
        }
        require(name, "name");
        require(kind, "kind");
        require(frequency, "frequency");
        require(issuer, "issuer");
        window = window == null ? WindowRule.DECREE_09 : window;
        scope = scope == null ? Optional.empty() : scope;
        legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
        if (legalBasis != null && legalBasis.length() > 400) {
            throw new InvalidRegimeException("legalBasis", "legalBasis is at most 400 characters", "legalBasis dài tối đa 400 ký tự");
        }
        if (kind == RegimeKind.PERIODIC && frequency == Frequency.AD_HOC) {
            throw new InvalidRegimeException("frequency", "A periodic regime has a frequency other than AD_HOC",
                    "Chế độ báo cáo định kỳ cần tần suất khác AD_HOC");
        }
        if (autoOpen && frequency == Frequency.AD_HOC) {
            throw new InvalidRegimeException("autoOpen", "Ad hoc periods are opened by their issuer, never automatically",
                    "Kỳ báo cáo đột xuất do cơ quan ban hành mở, không mở tự động");
        }
        if (kind == RegimeKind.AD_HOC && frequency != Frequency.AD_HOC) {
            throw new InvalidRegimeException("frequency", "An ad hoc regime has frequency AD_HOC", "Chế độ báo cáo đột xuất có tần suất AD_HOC");
        }
        reporters = List.copyOf(reporters == null ? List.of() : reporters);
        indicators = List.copyOf(indicators == null ? List.of() : indicators);
        rules = List.copyOf(rules == null ? List.of() : rules);
        if (reporters.isEmpty()) {
            throw new InvalidRegimeException("reporters", "A regime names who reports (levels or agencies)",
                    "Chế độ báo cáo cần ghi đối tượng thực hiện báo cáo (cấp hoặc cơ quan)");
        }
        if (indicators.isEmpty() || indicators.size() > MAX_INDICATORS) {
            throw new InvalidRegimeException("indicators", "A regime has 1 to " + MAX_INDICATORS + " indicators",
                    "Chế độ báo cáo có từ 1 đến " + MAX_INDICATORS + " chỉ tiêu");
        }
        checkReporters(reporters);
        Map<String, Indicator> byCode = checkIndicators(indicators);
        checkRules(rules, byCode);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidRegimeException(field, field + " is required", "Cần trường " + field);
        }
    }

    private static void checkReporters(List<ReporterRule> reporters) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reporters.size(); i++) {
            ReporterRule r = reporters.get(i);
            String key = r.level().map(l -> "level " + l).orElseGet(() -> r.agency().orElseThrow().value());
            if (!seen.add(key)) {
                throw new InvalidRegimeException("reporters[" + i + "]", key + " is listed twice", key + " được ghi hai lần");
            }
        }
    }

    private static Map<String, Indicator> checkIndicators(List<Indicator> indicators) {
        Map<String, Indicator> byCode = new java.util.LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                throw new InvalidRegimeException("indicators[" + i + "].code", "Indicator " + indicator.code() + " is defined twice",
                        "Chỉ tiêu " + indicator.code() + " được định nghĩa hai lần");
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.weight().isPresent()) {
                Indicator weight = byCode.get(indicator.weight().get());
                String element = "indicators[" + i + "].weight";
                if (weight == null) {
                    throw new InvalidRegimeException(element, "Weight indicator " + indicator.weight().get() + " is not in the regime",
                            "Chỉ tiêu trọng số " + indicator.weight().get() + " không có trong chế độ báo cáo");
                }
                if (!(weight.type() == IndicatorType.INTEGER || weight.type() == IndicatorType.DECIMAL)
                        || weight.aggregation() != AggregationKind.SUM) {
                    throw new InvalidRegimeException(element, "A weight is an INTEGER or DECIMAL indicator aggregated by SUM",
                            "Chỉ tiêu trọng số phải là số nguyên hoặc số thập phân, tổng hợp bằng SUM");
                }
            }
        }
        return byCode;
    }

    private static void checkRules(List<ValidationRule> rules, Map<String, Indicator> byCode) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            ValidationRule rule = rules.get(i);
            String element = "rules[" + i + "]";
            if (!codes.add(rule.code())) {
                throw new InvalidRegimeException(element + ".code", "Rule " + rule.code() + " is defined twice",
                        "Quy tắc " + rule.code() + " được định nghĩa hai lần");
            }
            for (var side : List.of(rule.left(), rule.right())) {
                for (Cell cell : side.cells()) {
                    Indicator found = byCode.get(cell.indicator());
                    boolean fits = found != null && (cell.scalar() ? found.type().numeric()
                            : found.table().map(t -> !t.freeRows() && t.hasRow(cell.row())
                            && t.column(cell.column()).map(c -> c.type().numeric()).orElse(false)).orElse(false));
                    if (!fits) {
                        throw new InvalidRegimeException(element, "Rule " + rule.code() + " reads " + cell.path()
                                + ", which is not a number of the regime (a number indicator, or a numeric cell of a table with declared rows)",
                                "Quy tắc " + rule.code() + " dùng " + cell.path()
                                        + ", không phải số liệu của chế độ báo cáo (chỉ tiêu số, hoặc ô số của bảng có dòng xác định)");
                    }
                }
            }
        }
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Map<String, Indicator> indicatorsByCode() {
        return indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** Whether a cell names an indicator (and, for a table, a row and column) of this regime. */
    public boolean knows(Cell cell) {
        return indicator(cell.indicator()).map(i -> cell.scalar() ? i.type() != IndicatorType.TABLE
                : i.table().map(t -> (t.freeRows() || t.hasRow(cell.row())) && t.column(cell.column()).isPresent()).orElse(false))
                .orElse(false);
    }

    /**
     * The rule that makes an agency a reporter of this regime: its own entry if the regime names it,
     * else its level's entry when it is active and within the scope; empty when it does not report.
     */
    public Optional<ReporterRule> reporterRuleFor(AgencyTree.Node agency, AgencyTree tree) {
        if (!agency.active()) {
            return Optional.empty();
        }
        Optional<ReporterRule> named = reporters.stream().filter(r -> r.agency().map(agency.code()::equals).orElse(false)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        if (scope.isPresent() && !tree.isWithin(agency.code(), scope.get())) {
            return Optional.empty();
        }
        return reporters.stream().filter(r -> r.level().map(l -> l == agency.level()).orElse(false)).findFirst();
    }
}
