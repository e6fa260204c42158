package vn.lienthong.exchange.push;

import vn.lienthong.platform.InvalidRequestException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and how the hub pushes an agency's packages: an absolute http(s) URL and, if the agency's
 * endpoint asks for it, the HTTP Basic credential the hub presents (the agency's own, not the
 * hub's).
 */
public record PushTarget(URI url, Optional<String> user, Optional<String> secret) {

    static final int MAX_URL = 2000;

    public PushTarget {
        if (url == null || !url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null
                || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new InvalidRequestException("url", "The push endpoint must be an absolute http or https URL without user info",
                    "Địa chỉ nhận đẩy phải là URL http hoặc https đầy đủ, không chứa thông tin đăng nhập");
        }
        if (url.toString().length() > MAX_URL) {
            throw new InvalidRequestException("url", "The push endpoint URL is longer than " + MAX_URL + " characters",
                    "Địa chỉ nhận đẩy dài quá " + MAX_URL + " ký tự");
        }
        user = user.filter(u -> !u.isBlank());
        secret = secret.filter(s -> !s.isEmpty());
        if (user.isPresent() && (user.get().contains(":") || user.get().length() > 200)) {
            throw new InvalidRequestException("username", "The user name must have at most 200 characters and no ':'",
                    "Tên đăng nhập tối đa 200 ký tự và không chứa ':'");
        }
        if (user.isPresent() != secret.isPresent()) {
            throw new InvalidRequestException(user.isPresent() ? "secret" : "username",
                    "Give both a user name and a secret for the endpoint, or neither",
                    "Cần cả tên đăng nhập và mật khẩu của địa chỉ nhận, hoặc không có cả hai");
        }
        if (secret.isPresent() && secret.get().length() > 400) {
            throw new InvalidRequestException("secret", "The secret must have at most 400 characters",
                    "Mật khẩu tối đa 400 ký tự");
        }
    }

    public static PushTarget of(String url, String user, String secret) {
        if (url == null || url.isBlank()) {
            throw new InvalidRequestException("url", "url is required", "cần trường url");
        }
        try {
            URI parsed = new URI(url.strip());
            String scheme = parsed.getScheme() == null ? null : parsed.getScheme().toLowerCase(Locale.ROOT);
            return new PushTarget(scheme == null ? parsed : new URI(scheme + parsed.toString().substring(scheme.length())),
                    Optional.ofNullable(user), Optional.ofNullable(secret));
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("url", "'" + url + "' is not a URL: " + e.getReason(),
                    "'" + url + "' không phải là URL hợp lệ");
        }
    }

    @Override
    public String toString() {
        return url + user.map(u -> " (as " + u + ")").orElse(""); // never the secret
    }
}
