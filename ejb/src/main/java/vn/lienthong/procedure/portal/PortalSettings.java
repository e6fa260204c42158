package vn.lienthong.procedure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.time.Backoff;
import vn.lienthong.platform.time.Durations;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The national portal's address, account and timing, from the server variables of
 * liberty-config/portal.xml. Without {@code lienthong.portal.url} synchronisation is off: changes
 * still queue in the outbox and go out once a URL is configured.
 */
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "lienthong.portal.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "lienthong.portal.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "lienthong.portal.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "lienthong.portal.timeout", defaultValue = "60s")
    String timeout;

    @Inject
    @ConfigProperty(name = "lienthong.portal.backoff", defaultValue = "30s,1m,2m,4m,8m,16m,32m,1h")
    String backoff;

    @Inject
    @ConfigProperty(name = "lienthong.portal.interval", defaultValue = "5s")
    String interval;

    private volatile PortalClient client;

    /** The client of the configured portal, empty when synchronisation is off. One per server: it keeps the session. */
    public Optional<PortalClient> client() {
        Optional<URI> base = baseUrl();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = new PortalClient(base.get(), user(), password(), timeout());
                }
            }
        }
        return Optional.of(client);
    }

    public Optional<URI> baseUrl() {
        return url.map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> URI.create(u.endsWith("/") ? u : u + "/"));
    }

    public String user() {
        return user.orElse("");
    }

    public String password() {
        return password.orElse("");
    }

    public Duration timeout() {
        return Durations.parse(timeout);
    }

    public Backoff backoff() {
        return Backoff.parse(backoff);
    }

    public Duration interval() {
        return Durations.parse(interval);
    }
}
