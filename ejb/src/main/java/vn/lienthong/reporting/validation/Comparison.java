package vn.lienthong.reporting.validation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** How a rule compares its two sides; numbers compare by value (2.50 equals 2.5). */
public enum Comparison {
    EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal left, BigDecimal right) {
        int c = left.compareTo(right);
        return switch (this) {
            case EQUAL -> c == 0;
            case NOT_EQUAL -> c != 0;
            case LESS -> c < 0;
            case LESS_OR_EQUAL -> c <= 0;
            case GREATER -> c > 0;
            case GREATER_OR_EQUAL -> c >= 0;
        };
    }

    /** {@code ==} (or {@code =}), {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, or the constant's name. */
    public static Optional<Comparison> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.equals("=")) {
            return Optional.of(EQUAL);
        }
        return Arrays.stream(values()).filter(c -> c.symbol.equals(t) || c.name().equalsIgnoreCase(t)).findFirst();
    }
}
