package vn.lienthong.exchange.relay;

import vn.lienthong.platform.InvalidRequestException;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom this hub relays to one peer: the peer's REST base ({@code .../api/v1/}), this
 * hub's account there and its secret, and the peer's TLS trust when it is not the JVM's default.
 */
public record PeerTarget(URI base, String account, String secret, Optional<Path> truststore, String truststorePassword) {

    static final int MAX_URL = 2000;

    public PeerTarget {
        Objects.requireNonNull(truststore);
        if (base == null || !base.isAbsolute() || base.getHost() == null || base.getRawUserInfo() != null
                || !("http".equals(base.getScheme()) || "https".equals(base.getScheme())) || base.toString().length() > MAX_URL) {
            throw new InvalidRequestException("url", "A peer's URL must be an absolute http or https URL without user info, "
                    + "at most " + MAX_URL + " characters", "Địa chỉ của trục ngang hàng phải là URL http hoặc https đầy đủ, "
                    + "không chứa thông tin đăng nhập, tối đa " + MAX_URL + " ký tự");
        }
        if (!base.getPath().endsWith("/")) {
            base = URI.create(base + "/");
        }
        if (account == null || account.isBlank() || account.contains(":") || account.length() > 200) {
            throw new InvalidRequestException("account", "A peer's account must be 1 to 200 characters without ':'",
                    "Tài khoản tại trục ngang hàng phải có 1 đến 200 ký tự, không chứa ':'");
        }
        secret = secret == null ? "" : secret;
        if (secret.length() > 400) {
            throw new InvalidRequestException("secret", "A peer's secret must be at most 400 characters",
                    "Mật khẩu tại trục ngang hàng tối đa 400 ký tự");
        }
        truststorePassword = truststorePassword == null ? "" : truststorePassword;
    }

    /** Where documents are relayed: the peer's {@code POST documents}. */
    public URI documents() {
        return base.resolve("documents");
    }

    /** Where statuses are relayed: the peer's {@code POST statuses}. */
    public URI statuses() {
        return base.resolve("statuses");
    }

    @Override
    public String toString() {
        return "PeerTarget[" + base + " as " + account + "]";
    }
}
