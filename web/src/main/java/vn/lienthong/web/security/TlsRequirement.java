package vn.lienthong.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.web.problem.Problem;
import vn.lienthong.web.problem.Problems;

import java.util.Optional;

/**
 * Credentials travel only over TLS. Server variable {@code lienthong.auth.require-tls}: true in
 * production; when left empty it follows the sample directory, whose agencies all share a
 * published development secret (nothing left to protect), so the embedded development set-up
 * keeps plain HTTP on localhost and every other set-up refuses it. Behind a reverse proxy that
 * ends TLS, the proxy must be trusted ({@code http.trusted.proxies}) so that its
 * {@code X-Forwarded-Proto: https} marks the request secure.
 */
@ApplicationScoped
public class TlsRequirement {

    @Inject
    @ConfigProperty(name = "lienthong.auth.require-tls")
    Optional<Boolean> required;

    @Inject
    @ConfigProperty(name = "lienthong.sample.directory", defaultValue = "false")
    boolean sampleDirectory;

    @Inject
    @ConfigProperty(name = "https.port", defaultValue = "9443")
    String httpsPort;

    public boolean required() {
        return required.orElse(!sampleDirectory);
    }

    /** Whether a request carrying credentials, or asking for a protected resource, must be refused. */
    public boolean refuses(HttpServletRequest request) {
        return required() && !request.isSecure();
    }

    /** The refusal, naming the address the same request should go to. */
    public Problem refusal(HttpServletRequest request) {
        String host = request.getServerName();
        String address = "https://" + (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host)
                + ":" + httpsPort + request.getRequestURI();
        return Problems.of("TLS_REQUIRED",
                "Credentials are accepted only over HTTPS: send this request to " + address,
                "Thông tin đăng nhập chỉ được nhận qua HTTPS: hãy gửi yêu cầu này tới " + address,
                request.getRequestURI());
    }
}
