package vn.lienthong.reporting.value;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The figures of one report or aggregate: a number or a text per cell. Immutable. */
public final class ReportData {

    public static final ReportData EMPTY = new ReportData(Map.of(), Map.of());

    private final SortedMap<Cell, BigDecimal> numbers;
    private final SortedMap<Cell, String> texts;

    public ReportData(Map<Cell, BigDecimal> numbers, Map<Cell, String> texts) {
        for (Cell cell : numbers.keySet()) {
            if (texts.containsKey(cell)) {
                throw new IllegalArgumentException(cell + " holds both a number and a text");
            }
        }
        this.numbers = Collections.unmodifiableSortedMap(new TreeMap<>(numbers));
        this.texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    public Optional<BigDecimal> number(Cell cell) {
        return Optional.ofNullable(numbers.get(cell));
    }

    public Optional<String> text(Cell cell) {
        return Optional.ofNullable(texts.get(cell));
    }

    public SortedMap<Cell, BigDecimal> numbers() {
        return numbers;
    }

    public SortedMap<Cell, String> texts() {
        return texts;
    }

    /** Every cell that holds something, in order. */
    public SortedSet<Cell> cells() {
        SortedSet<Cell> all = new TreeSet<>(numbers.keySet());
        all.addAll(texts.keySet());
        return all;
    }

    /** Whether any cell of the indicator holds something. */
    public boolean has(String indicator) {
        return cells().stream().anyMatch(c -> c.indicator().equals(indicator));
    }

    public boolean isEmpty() {
        return numbers.isEmpty() && texts.isEmpty();
    }

    /**
     * One line per cell in cell order ({@code indicator TAB row TAB column TAB value}), numbers
     * without trailing zeros: the bytes a submission's SHA-256 and signed receipt cover, the same
     * whatever form (JSON, SOAP, package) the figures came in.
     */
    public byte[] canonicalBytes() {
        StringBuilder text = new StringBuilder();
        for (Cell cell : cells()) {
            text.append(cell.indicator()).append('\t').append(cell.row()).append('\t').append(cell.column()).append('\t');
            BigDecimal n = numbers.get(cell);
            if (n != null) {
                text.append('n').append(n.stripTrailingZeros().toPlainString());
            } else {
                text.append('t').append(texts.get(cell).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t"));
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportData other && numbersEqual(other) && texts.equals(other.texts);
    }

    private boolean numbersEqual(ReportData other) {
        if (!numbers.keySet().equals(other.numbers.keySet())) {
            return false;
        }
        return numbers.entrySet().stream().allMatch(e -> e.getValue().compareTo(other.numbers.get(e.getKey())) == 0);
    }

    @Override
    public int hashCode() {
        return numbers.keySet().hashCode() * 31 + texts.hashCode();
    }

    @Override
    public String toString() {
        return "ReportData" + numbers + texts;
    }

    public static final class Builder {
        private final Map<Cell, BigDecimal> numbers = new TreeMap<>();
        private final Map<Cell, String> texts = new TreeMap<>();

        public Builder number(Cell cell, BigDecimal value) {
            texts.remove(cell);
            numbers.put(cell, value);
            return this;
        }

        public Builder number(String indicator, long value) {
            return number(Cell.of(indicator), BigDecimal.valueOf(value));
        }

        public Builder number(String indicator, String value) {
            return number(Cell.of(indicator), new BigDecimal(value));
        }

        public Builder text(Cell cell, String value) {
            numbers.remove(cell);
            texts.put(cell, value);
            return this;
        }

        public Builder putAll(ReportData data) {
            numbers.putAll(data.numbers);
            texts.putAll(data.texts);
            return this;
        }

        public Builder remove(Cell cell) {
            numbers.remove(cell);
            texts.remove(cell);
            return this;
        }

        public ReportData build() {
            return new ReportData(numbers, texts);
        }
    }
}
