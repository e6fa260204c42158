package vn.lienthong.web.limit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The allowances of the endpoints anyone may call without signing in (server variables
 * {@code lienthong.limit.lookup} and {@code lienthong.limit.feedback}, liberty-config limits.xml):
 * looking dossiers and feedback up, and sending feedback, which stores something and so gets the
 * smaller allowance.
 */
@ApplicationScoped
public class PublicRateLimits {

    @Inject
    @ConfigProperty(name = "lienthong.limit.lookup", defaultValue = "120/1m")
    String lookup;

    @Inject
    @ConfigProperty(name = "lienthong.limit.feedback", defaultValue = "20/1m")
    String feedback;

    private final Clock clock = Clock.systemUTC();
    private ClientRates lookups;
    private ClientRates submissions;

    @PostConstruct
    void load() {
        lookups = new ClientRates("public look-up", RateLimit.parse(lookup));
        submissions = new ClientRates("feedback submission", RateLimit.parse(feedback));
    }

    /** Counts a look-up by the client; when over its allowance, how long it must wait. */
    public Optional<Duration> lookup(ClientAddress client) {
        return lookups.take(client, clock.instant());
    }

    /** Counts a feedback submission by the client; when over its allowance, how long it must wait. */
    public Optional<Duration> submission(ClientAddress client) {
        return submissions.take(client, clock.instant());
    }
}
