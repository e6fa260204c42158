package vn.lienthong.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an administrator did, as a stable code: {@code <area>.<verb>} in lower case with hyphens,
 * e.g. {@code directory.rename}, {@code queue.redrive}. Codes are what the export is filtered by, so
 * they never change once written; docs/operations.md ("Audit log") lists them.
 */
public record AuditAction(String code) {

    public static final int MAX_LENGTH = 60;
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public AuditAction {
        Objects.requireNonNull(code, "code");
        if (code.length() > MAX_LENGTH || !SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("an audit action is <area>.<verb> in lower case, at most "
                    + MAX_LENGTH + " characters: " + code);
        }
    }

    public static AuditAction of(String code) {
        return new AuditAction(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
