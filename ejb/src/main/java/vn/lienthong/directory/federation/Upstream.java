package vn.lienthong.directory.federation;

import vn.lienthong.directory.agency.AgencyCode;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The hub this instance relays to (a province's platform → the national axis): where it answers,
 * the hub code it is known by (its account here, and the code of the trace hops it appends), and
 * this instance's account there. A configuration that names an upstream half-way is refused when
 * read, so that a mistyped server variable stops the start instead of losing mail later.
 *
 * @param base       the upstream's REST base, ending in {@code /} ({@code https://axis.example.vn/api/v1/})
 * @param code       the upstream's hub code
 * @param user       this instance's account at the upstream
 * @param password   its secret there (never logged, never in {@link #toString()})
 * @param truststore the upstream's TLS certificate, or empty for the JVM's default trust
 */
public record Upstream(URI base, AgencyCode code, String user, String password, Optional<Path> truststore,
                       String truststorePassword) {

    public Upstream {
        Objects.requireNonNull(base);
        Objects.requireNonNull(code);
        Objects.requireNonNull(truststore);
        if (!base.isAbsolute() || !("https".equals(base.getScheme()) || "http".equals(base.getScheme()))
                || base.getHost() == null) {
            throw new IllegalArgumentException("lienthong.federation.upstream.url must be an absolute http(s) URL: " + base);
        }
        if (!base.getPath().endsWith("/")) {
            base = URI.create(base + "/");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("lienthong.federation.upstream.user is empty: this instance needs an account "
                    + "at the upstream " + code);
        }
        password = password == null ? "" : password;
        truststorePassword = truststorePassword == null ? "" : truststorePassword;
    }

    /**
     * The upstream the server variables name, or empty when {@code url} is blank (a single hub).
     *
     * @param ownCode this instance's own hub code, which the upstream's must differ from: a hub that
     *                relayed to itself would refuse its own trace hop as forged
     * @throws IllegalArgumentException when the URL is set but the rest does not make an upstream
     */
    public static Optional<Upstream> configured(String url, String code, String user, String password, String truststore,
                                                String truststorePassword, AgencyCode ownCode) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("lienthong.federation.upstream.url is set but lienthong.federation.upstream.code "
                    + "is empty: name the upstream's hub code");
        }
        AgencyCode upstreamCode = AgencyCode.of(code.strip());
        if (upstreamCode.equals(ownCode)) {
            throw new IllegalArgumentException("The upstream's hub code " + upstreamCode + " is this instance's own "
                    + "lienthong.hub.code: every instance of a federation needs a code of its own");
        }
        Optional<Path> trust = truststore == null || truststore.isBlank() ? Optional.empty() : Optional.of(Path.of(truststore.strip()));
        return Optional.of(new Upstream(URI.create(url.strip()), upstreamCode, user == null ? null : user.strip(), password, trust,
                truststorePassword));
    }

    @Override
    public String toString() {
        return "Upstream[" + code + " at " + base + " as " + user + "]";
    }
}
