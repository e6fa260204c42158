package vn.lienthong.web.rest.directory;

import java.util.Optional;

/**
 * A request for a new agency secret: {@code secret} (12 to 200 characters) or nothing, for one the
 * hub generates; {@code keepPrevious} (administrators only) lets the replaced secret sign in for
 * the grace period instead of ending it at once.
 */
public record SecretJson(String secret, Boolean keepPrevious) {

    static Optional<char[]> chosen(SecretJson body) {
        return body == null || body.secret() == null || body.secret().isEmpty() ? Optional.empty()
                : Optional.of(body.secret().toCharArray());
    }

    static boolean keepsPrevious(SecretJson body) {
        return body != null && Boolean.TRUE.equals(body.keepPrevious());
    }
}
