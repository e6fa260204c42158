package vn.lienthong.reporting.regime;

import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.Text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An indicator (chỉ tiêu) of a regime: its code and name, unit, type, how it aggregates, the range
 * its figures must lie in, whether it is required, and whether the hub computes it. An indicator
 * that exists is coherent: a text is never summed, a percentage never added up, a weighted average
 * names its weight, a table has its shape.
 *
 * @param decimals  decimal places a DECIMAL or PERCENT figure may have (and an average is rounded to)
 * @param maxLength longest TEXT answer
 * @param section   the heading the indicator sits under in the regime's form (e.g. "I. Văn bản đi")
 */
public record Indicator(String code, Text name, String unit, IndicatorType type, AggregationKind aggregation,
                        Optional<String> weight, int decimals, Optional<BigDecimal> min, Optional<BigDecimal> max,
                        boolean required, Optional<IndicatorSource> computed, Optional<TableShape> table,
                        Optional<String> section, int maxLength) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,39}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.]{0,39}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final int MAX_TEXT = 4000;

    public Indicator {
        if (code == null || !CODE.matcher(code).matches() || code.equalsIgnoreCase("previous")) {
            throw new InvalidRegimeException("code", "An indicator code starts with a letter and has 1-40 letters, digits, '_' or '.', not '" + code + "'",
                    "Mã chỉ tiêu bắt đầu bằng chữ cái, gồm 1-40 chữ cái, chữ số, '_' hoặc '.', không phải '" + code + "'");
        }
        if (name == null) {
            throw new InvalidRegimeException("name", "An indicator needs a name", "Chỉ tiêu cần tên");
        }
        if (type == null) {
            throw new InvalidRegimeException("type", "type is INTEGER, DECIMAL, PERCENT, TEXT or TABLE",
                    "type là INTEGER, DECIMAL, PERCENT, TEXT hoặc TABLE");
        }
        unit = unit == null || unit.isBlank() ? (type == IndicatorType.PERCENT ? "%" : null) : unit.strip();
        if (unit != null && unit.length() > 100) {
            throw new InvalidRegimeException("unit", "A unit is at most 100 characters", "Đơn vị tính dài tối đa 100 ký tự");
        }
        weight = weight == null ? Optional.empty() : weight;
        min = min == null ? Optional.empty() : min;
        max = max == null ? Optional.empty() : max;
        computed = computed == null ? Optional.empty() : computed;
        table = table == null ? Optional.empty() : table;
        section = section == null ? Optional.empty() : section.map(String::strip).filter(s -> !s.isEmpty());
        if (section.isPresent() && section.get().length() > 200) {
            throw new InvalidRegimeException("section", "A section heading is at most 200 characters", "Tên mục dài tối đa 200 ký tự");
        }
        aggregation = aggregation != null ? aggregation : defaultAggregation(type, table);
        checkAggregation(type, aggregation, weight, table);
        decimals = switch (type) {
            case INTEGER, TEXT -> 0;
            case DECIMAL, PERCENT, TABLE -> decimals < 0 ? 2 : decimals;
        };
        if (decimals > 6) {
            throw new InvalidRegimeException("decimals", "At most 6 decimal places", "Tối đa 6 chữ số thập phân");
        }
        if ((min.isPresent() || max.isPresent()) && !(type.numeric() || type == IndicatorType.TABLE)) {
            throw new InvalidRegimeException("min", "Only numbers have a range", "Chỉ chỉ tiêu số mới có khoảng giá trị");
        }
        if (type == IndicatorType.PERCENT) {
            min = Optional.of(min.orElse(BigDecimal.ZERO));
            max = Optional.of(max.orElse(HUNDRED));
            if (min.get().signum() < 0 || max.get().compareTo(HUNDRED) > 0) {
                throw new InvalidRegimeException("min", "A percentage lies between 0 and 100", "Tỷ lệ phần trăm nằm trong khoảng 0 đến 100");
            }
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new InvalidRegimeException("max", "max is below min", "max nhỏ hơn min");
        }
        if (computed.isPresent() && computed.get().type() != type) {
            throw new InvalidRegimeException("computed", computed.get() + " is a figure of type " + computed.get().type() + ", not " + type,
                    computed.get() + " là số liệu kiểu " + computed.get().type() + ", không phải " + type);
        }
        if (type == IndicatorType.TABLE && table.isEmpty()) {
            throw new InvalidRegimeException("columns", "A TABLE indicator needs its columns (and rows, unless rows are free)",
                    "Chỉ tiêu dạng bảng cần danh sách cột (và dòng, trừ bảng danh sách)");
        }
        if (type != IndicatorType.TABLE && table.isPresent()) {
            throw new InvalidRegimeException("columns", "Only a TABLE indicator has rows and columns", "Chỉ chỉ tiêu dạng bảng mới có dòng và cột");
        }
        maxLength = maxLength <= 0 ? MAX_TEXT : maxLength;
        if (maxLength > MAX_TEXT) {
            throw new InvalidRegimeException("maxLength", "A text answer is at most " + MAX_TEXT + " characters",
                    "Nội dung dạng văn bản dài tối đa " + MAX_TEXT + " ký tự");
        }
    }

    private static AggregationKind defaultAggregation(IndicatorType type, Optional<TableShape> table) {
        return switch (type) {
            case INTEGER, DECIMAL -> AggregationKind.SUM;
            case TABLE -> table.map(TableShape::freeRows).orElse(true) ? AggregationKind.NONE : AggregationKind.SUM;
            case PERCENT, TEXT -> AggregationKind.NONE;
        };
    }

    private static void checkAggregation(IndicatorType type, AggregationKind aggregation, Optional<String> weight,
                                         Optional<TableShape> table) {
        if (aggregation == AggregationKind.WEIGHTED_AVERAGE) {
            if (weight.isEmpty()) {
                throw new InvalidRegimeException("weight", "A weighted average names its weight indicator",
                        "Trung bình có trọng số cần chỉ tiêu trọng số (weight)");
            }
            if (!type.numeric()) {
                throw new InvalidRegimeException("aggregation", "Only a number has a weighted average",
                        "Chỉ chỉ tiêu số mới tính trung bình có trọng số");
            }
        } else if (weight.isPresent()) {
            throw new InvalidRegimeException("weight", "Only a WEIGHTED_AVERAGE indicator has a weight",
                    "Chỉ chỉ tiêu WEIGHTED_AVERAGE mới có trọng số");
        }
        if (type == IndicatorType.TEXT && aggregation != AggregationKind.NONE) {
            throw new InvalidRegimeException("aggregation", "A text is never combined: its aggregation is NONE",
                    "Chỉ tiêu dạng văn bản không tổng hợp: aggregation là NONE");
        }
        if (type == IndicatorType.PERCENT && (aggregation == AggregationKind.SUM || aggregation == AggregationKind.LATEST)) {
            throw new InvalidRegimeException("aggregation", "Percentages do not add up: use WEIGHTED_AVERAGE, MIN, MAX or NONE",
                    "Tỷ lệ phần trăm không cộng dồn: dùng WEIGHTED_AVERAGE, MIN, MAX hoặc NONE");
        }
        if (type == IndicatorType.TABLE && table.isPresent() && table.get().freeRows() && aggregation != AggregationKind.NONE) {
            throw new InvalidRegimeException("aggregation", "A list table (free rows) is not combined: its aggregation is NONE",
                    "Bảng danh sách không tổng hợp: aggregation là NONE");
        }
        if (type == IndicatorType.TABLE && aggregation == AggregationKind.WEIGHTED_AVERAGE) {
            throw new InvalidRegimeException("aggregation", "Table cells combine by SUM, MIN, MAX, LATEST or NONE",
                    "Ô của bảng tổng hợp theo SUM, MIN, MAX, LATEST hoặc NONE");
        }
    }

    /** A row, column or other key: 1-40 letters, digits, '_' or '.'. */
    static void checkKey(String key, String field) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidRegimeException(field, "A key has 1-40 letters, digits, '_' or '.', not '" + key + "'",
                    "Mã gồm 1-40 chữ cái, chữ số, '_' hoặc '.', không phải '" + key + "'");
        }
    }

    public boolean aggregated() {
        return aggregation != AggregationKind.NONE;
    }
}
