package vn.lienthong.reporting.validation;

import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.value.Cell;

import java.math.BigDecimal;

/**
 * Reads a rule side such as {@code CT02 + CT03}, {@code CT04[R1][C2] * 100 / CT01} or
 * {@code previous(CT09)}. Indicator codes start with a letter; table cells name their row and
 * column in brackets.
 */
public final class ExpressionParser {

    private static final int MAX_LENGTH = 1000;

    private final String text;
    private int at;

    private ExpressionParser(String text) {
        this.text = text;
    }

    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw refused("an expression is required", "cần biểu thức");
        }
        if (text.length() > MAX_LENGTH) {
            throw refused("an expression is at most " + MAX_LENGTH + " characters", "biểu thức dài tối đa " + MAX_LENGTH + " ký tự");
        }
        ExpressionParser parser = new ExpressionParser(text);
        Expression e = parser.sum();
        parser.skipSpaces();
        if (parser.at < text.length()) {
            throw parser.unexpected();
        }
        return e;
    }

    private Expression sum() {
        Expression e = product();
        for (skipSpaces(); at < text.length() && (peek() == '+' || peek() == '-'); skipSpaces()) {
            char op = text.charAt(at++);
            e = new Expression.Binary(op, e, product());
        }
        return e;
    }

    private Expression product() {
        Expression e = factor();
        for (skipSpaces(); at < text.length() && (peek() == '*' || peek() == '/'); skipSpaces()) {
            char op = text.charAt(at++);
            e = new Expression.Binary(op, e, factor());
        }
        return e;
    }

    private Expression factor() {
        skipSpaces();
        if (at >= text.length()) {
            throw refused("'" + text + "' ends too early", "'" + text + "' kết thúc giữa chừng");
        }
        char c = peek();
        if (c == '(') {
            at++;
            Expression inner = sum();
            expect(')');
            return inner;
        }
        if (c == '-') {
            at++;
            return new Expression.Negate(factor());
        }
        if (Character.isDigit(c) || c == '.') {
            int start = at;
            while (at < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
                at++;
            }
            try {
                return new Expression.Constant(new BigDecimal(text.substring(start, at)));
            } catch (NumberFormatException e) {
                throw refused("'" + text.substring(start, at) + "' is not a number", "'" + text.substring(start, at) + "' không phải số");
            }
        }
        if (Character.isLetter(c)) {
            String name = name();
            skipSpaces();
            if (name.equalsIgnoreCase("previous") && at < text.length() && peek() == '(') {
                at++;
                skipSpaces();
                Cell cell = cell(name());
                expect(')');
                return new Expression.Ref(cell, true);
            }
            return new Expression.Ref(cell(name), false);
        }
        throw unexpected();
    }

    private Cell cell(String indicator) {
        skipSpaces();
        if (at < text.length() && peek() == '[') {
            String row = bracketed();
            String column = bracketed();
            return Cell.of(indicator, row, column);
        }
        return Cell.of(indicator);
    }

    private String bracketed() {
        expect('[');
        skipSpaces();
        int start = at;
        while (at < text.length() && isNamePart(peek())) {
            at++;
        }
        String key = text.substring(start, at);
        if (key.isEmpty()) {
            throw unexpected();
        }
        expect(']');
        return key;
    }

    private String name() {
        int start = at;
        if (at >= text.length() || !Character.isLetter(peek())) {
            throw unexpected();
        }
        while (at < text.length() && isNamePart(peek())) {
            at++;
        }
        return text.substring(start, at);
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private void expect(char c) {
        skipSpaces();
        if (at >= text.length() || peek() != c) {
            throw refused("'" + c + "' expected at position " + (at + 1) + " of '" + text + "'",
                    "thiếu '" + c + "' ở vị trí " + (at + 1) + " của '" + text + "'");
        }
        at++;
    }

    private char peek() {
        return text.charAt(at);
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(peek())) {
            at++;
        }
    }

    private InvalidRegimeException unexpected() {
        return refused("unexpected '" + (at < text.length() ? text.charAt(at) : ' ') + "' at position " + (at + 1) + " of '" + text + "'",
                "ký tự không hợp lệ ở vị trí " + (at + 1) + " của '" + text + "'");
    }

    private static InvalidRegimeException refused(String en, String vi) {
        return new InvalidRegimeException(null, "Invalid rule expression: " + en, "Biểu thức quy tắc không hợp lệ: " + vi);
    }
}
