package vn.lienthong.directory.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.time.Backoff;
import vn.lienthong.platform.time.Durations;

import java.time.Duration;
import java.util.Optional;

/**
 * The federation's server variables (liberty-config/federation.xml, docs/federation.md): the
 * upstream, if any, and how relays are timed. Read through the duration and backoff rules every
 * server variable of the hub uses ({@link Durations}, {@link Backoff}).
 */
@ApplicationScoped
public class FederationSettings {

    @Inject
    @ConfigProperty(name = "lienthong.federation.upstream.url")
    Optional<String> upstreamUrl;

    @Inject
    @ConfigProperty(name = "lienthong.federation.upstream.code")
    Optional<String> upstreamCode;

    @Inject
    @ConfigProperty(name = "lienthong.federation.upstream.user")
    Optional<String> upstreamUser;

    @Inject
    @ConfigProperty(name = "lienthong.federation.upstream.password")
    Optional<String> upstreamPassword;

    @Inject
    @ConfigProperty(name = "lienthong.federation.upstream.truststore")
    Optional<String> upstreamTruststore;

    @Inject
    @ConfigProperty(name = "lienthong.federation.upstream.truststore.password")
    Optional<String> upstreamTruststorePassword;

    @Inject
    @ConfigProperty(name = "lienthong.federation.timeout", defaultValue = "60s")
    String timeout;

    @Inject
    @ConfigProperty(name = "lienthong.federation.interval", defaultValue = "5s")
    String interval;

    @Inject
    @ConfigProperty(name = "lienthong.federation.backoff", defaultValue = "10s,30s,1m,2m,5m,10m,30m,1h,2h,4h")
    String backoff;

    @Inject
    HubIdentity hub;

    /**
     * The upstream, or empty on a single hub and on the national axis. (An empty server variable
     * reaches MicroProfile Config as no value at all, hence the optionals.)
     */
    public Optional<Upstream> upstream() {
        // Asked on every submission: the variables are injected once, so their reading is kept once it
        // succeeds; a configuration that does not make an upstream is refused again at every call.
        Optional<Upstream> read = upstream;
        if (read == null) {
            // The user defaults to this instance's hub code: that is the account its upstream registers.
            String user = upstreamUser.filter(u -> !u.isBlank()).orElse(hub.code().value());
            read = Upstream.configured(upstreamUrl.orElse(""), upstreamCode.orElse(""), user, upstreamPassword.orElse(""),
                    upstreamTruststore.orElse(""), upstreamTruststorePassword.orElse(""), hub.code());
            upstream = read;
        }
        return read;
    }

    private volatile Optional<Upstream> upstream;

    public Duration timeout() {
        return Durations.parse(timeout);
    }

    public Duration interval() {
        return Durations.parse(interval);
    }

    public Backoff backoff() {
        return Backoff.parse(backoff);
    }
}
