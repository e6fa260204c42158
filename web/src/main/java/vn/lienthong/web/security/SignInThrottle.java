package vn.lienthong.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.time.Backoff;
import vn.lienthong.platform.time.Durations;
import vn.lienthong.web.limit.ClientAddress;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The operator's limits on failed sign-ins (server variables {@code lienthong.auth.failures.*},
 * liberty-config auth.xml, docs/deployment.md) over this server's {@link FailedSignIns}.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = "lienthong.auth.failures.free", defaultValue = "5")
    int free;

    @Inject
    @ConfigProperty(name = "lienthong.auth.failures.backoff", defaultValue = "5s,30s,2m,5m,15m")
    String backoff;

    @Inject
    @ConfigProperty(name = "lienthong.auth.failures.window", defaultValue = "15m")
    String window;

    @Inject
    @ConfigProperty(name = "lienthong.auth.failures.per-account", defaultValue = "30")
    int perAccount;

    @Inject
    @ConfigProperty(name = "lienthong.auth.failures.per-client", defaultValue = "30")
    int perClient;

    private final Clock clock = Clock.systemUTC();
    private FailedSignIns failures;

    @PostConstruct
    void load() {
        failures = new FailedSignIns(new FailedSignIns.Settings(free, Backoff.parse(backoff),
                Durations.parse(window), perAccount, perClient));
    }

    /** How long the client must wait before its sign-in as {@code account} is checked; empty: check it now. */
    public Optional<Duration> waitBefore(ClientAddress client, String account) {
        return failures.waitBefore(client, account, clock.instant());
    }

    public void failed(ClientAddress client, String account) {
        failures.failed(client, account, clock.instant());
    }

    public void succeeded(ClientAddress client, String account) {
        failures.succeeded(client, account, clock.instant());
    }
}
