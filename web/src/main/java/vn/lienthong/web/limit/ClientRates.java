package vn.lienthong.web.limit;

import vn.lienthong.platform.ExpiringStates;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One {@link RateLimit} applied to each client separately, in this server's memory (with several
 * servers behind a load balancer a client gets at most that many times the rate).
 */
final class ClientRates {

    private static final int MOST_CLIENTS = 100_000;

    /** What is left of a client's allowance at an instant. */
    private record Allowance(double requests, Instant at) {
    }

    private final RateLimit limit;
    private final ExpiringStates<ClientAddress, Allowance> allowances;

    ClientRates(String name, RateLimit limit) {
        this.limit = limit;
        // a client whose allowance has grown back whole is no different from one never seen
        this.allowances = new ExpiringStates<>(name + " request allowances", MOST_CLIENTS,
                (a, now) -> a.requests() + Duration.between(a.at(), now).toNanos() * limit.perNano() >= limit.requests());
    }

    /** Takes one request from the client's allowance; when none is left, how long until one is. */
    Optional<Duration> take(ClientAddress client, Instant now) {
        Duration[] wait = {null};
        allowances.update(client, now, old -> {
            double left = old == null ? limit.requests()
                    : Math.min(limit.requests(), old.requests() + Duration.between(old.at(), now).toNanos() * limit.perNano());
            if (left >= 1) {
                return new Allowance(left - 1, now);
            }
            wait[0] = Duration.ofNanos((long) Math.ceil((1 - left) / limit.perNano()));
            return new Allowance(left, now);
        });
        return Optional.ofNullable(wait[0]);
    }
}
