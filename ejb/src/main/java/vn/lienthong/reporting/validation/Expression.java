package vn.lienthong.reporting.validation;

import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One side of a validation rule: numbers, indicator cells, {@code previous(...)} (the same cell in
 * the period before), + - * / and parentheses. A side that needs a cell holding no number has no
 * value, and the rule is skipped (as DHIS2's "skip if any value is missing").
 */
public sealed interface Expression {

    MathContext DIVISION = MathContext.DECIMAL64;

    /** The value over this period's figures and the period before's. */
    Optional<BigDecimal> value(ReportData now, ReportData before);

    /** The cells it reads. */
    Set<Cell> cells();

    /** The indicators it reads. */
    default Set<String> indicators() {
        Set<String> all = new HashSet<>();
        cells().forEach(c -> all.add(c.indicator()));
        return all;
    }

    boolean usesPrevious();

    record Constant(BigDecimal number) implements Expression {
        public Optional<BigDecimal> value(ReportData now, ReportData before) {
            return Optional.of(number);
        }

        public Set<Cell> cells() {
            return Set.of();
        }

        public boolean usesPrevious() {
            return false;
        }

        @Override
        public String toString() {
            return number.toPlainString();
        }
    }

    record Ref(Cell cell, boolean previous) implements Expression {
        public Optional<BigDecimal> value(ReportData now, ReportData before) {
            return (previous ? before : now).number(cell);
        }

        public Set<Cell> cells() {
            return Set.of(cell);
        }

        public boolean usesPrevious() {
            return previous;
        }

        @Override
        public String toString() {
            return previous ? "previous(" + cell.path() + ")" : cell.path();
        }
    }

    record Negate(Expression inner) implements Expression {
        public Optional<BigDecimal> value(ReportData now, ReportData before) {
            return inner.value(now, before).map(BigDecimal::negate);
        }

        public Set<Cell> cells() {
            return inner.cells();
        }

        public boolean usesPrevious() {
            return inner.usesPrevious();
        }

        @Override
        public String toString() {
            return "-" + inner;
        }
    }

    record Binary(char operator, Expression left, Expression right) implements Expression {
        public Optional<BigDecimal> value(ReportData now, ReportData before) {
            Optional<BigDecimal> l = left.value(now, before);
            Optional<BigDecimal> r = right.value(now, before);
            if (l.isEmpty() || r.isEmpty()) {
                return Optional.empty();
            }
            return switch (operator) {
                case '+' -> Optional.of(l.get().add(r.get()));
                case '-' -> Optional.of(l.get().subtract(r.get()));
                case '*' -> Optional.of(l.get().multiply(r.get()));
                case '/' -> r.get().signum() == 0 ? Optional.empty() : Optional.of(l.get().divide(r.get(), DIVISION));
                default -> throw new IllegalStateException("operator " + operator);
            };
        }

        public Set<Cell> cells() {
            Set<Cell> all = new HashSet<>(left.cells());
            all.addAll(right.cells());
            return all;
        }

        public boolean usesPrevious() {
            return left.usesPrevious() || right.usesPrevious();
        }

        @Override
        public String toString() {
            return "(" + left + " " + operator + " " + right + ")";
        }
    }
}
