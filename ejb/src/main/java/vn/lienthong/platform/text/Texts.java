package vn.lienthong.platform.text;

import vn.lienthong.platform.InvalidRequestException;

/** Checks of free-text fields, so that a too-long value is refused with the field named, never truncated silently. */
public final class Texts {

    private Texts() {
    }

    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " is required", "Cần trường " + field);
        }
        return optional(value, field, maxLength);
    }

    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidRequestException(field, field + " is longer than " + maxLength + " characters",
                    "Trường " + field + " dài quá " + maxLength + " ký tự");
        }
        return stripped;
    }
}
