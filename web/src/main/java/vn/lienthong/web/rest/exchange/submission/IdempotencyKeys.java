package vn.lienthong.web.rest.exchange.submission;

import vn.lienthong.platform.InvalidRequestException;

import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code Idempotency-Key} request header: 1–200 visible ASCII characters, or absent. */
final class IdempotencyKeys {

    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private IdempotencyKeys() {
    }

    static Optional<String> of(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String key = header.strip();
        if (key.startsWith("\"") && key.endsWith("\"") && key.length() > 1) {
            key = key.substring(1, key.length() - 1); // the IETF draft writes it as a quoted string
        }
        if (!SHAPE.matcher(key).matches()) {
            throw new InvalidRequestException("Idempotency-Key", "Idempotency-Key must be 1 to 200 visible ASCII characters",
                    "Idempotency-Key phải gồm 1 đến 200 ký tự ASCII nhìn thấy được");
        }
        return Optional.of(key);
    }
}
