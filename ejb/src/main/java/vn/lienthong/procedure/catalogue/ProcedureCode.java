package vn.lienthong.procedure.catalogue;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A procedure's code (MaTTHC) in the national database, e.g. {@code 1.004227} or
 * {@code 2.001035.000.00.00.H20}: letters, digits, dots, dashes and underscores, up to 40 characters,
 * beginning with a letter or digit. A code that exists is a valid code.
 */
public record ProcedureCode(String value) implements Comparable<ProcedureCode> {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-_]{0,39}");

    public ProcedureCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a procedure code: " + value);
        }
    }

    public static ProcedureCode of(String value) {
        return new ProcedureCode(value);
    }

    /** The code, if {@code text} is one: for codes that come from outside, where anything else names no procedure. */
    public static Optional<ProcedureCode> tryParse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new ProcedureCode(text)) : Optional.empty();
    }

    @Override
    public int compareTo(ProcedureCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
