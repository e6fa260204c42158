package vn.lienthong.reporting.submission;

import vn.lienthong.reporting.value.Cell;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure as the reporter sent it, before it is checked: a number or a text for a cell, and the
 * unit the reporter wrote beside it, if any.
 */
public record RawValue(Cell cell, BigDecimal number, String text, Optional<String> unit) {

    public RawValue {
        if ((number == null) == (text == null)) {
            throw new IllegalArgumentException("a raw value is a number or a text");
        }
        unit = unit == null ? Optional.empty() : unit;
    }

    public static RawValue number(Cell cell, BigDecimal number) {
        return new RawValue(cell, number, null, Optional.empty());
    }

    public static RawValue text(Cell cell, String text) {
        return new RawValue(cell, null, text, Optional.empty());
    }
}
