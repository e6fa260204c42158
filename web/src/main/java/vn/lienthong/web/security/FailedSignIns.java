package vn.lienthong.web.security;

import vn.lienthong.platform.ExpiringStates;
import vn.lienthong.platform.time.Backoff;
import vn.lienthong.web.limit.ClientAddress;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins, counted three ways, and whether the next attempt may be checked at all:
 * <ul>
 * <li>per client and account: after {@code free} failures each further one makes this client
 * wait before its next attempt on this account (the backoff delays in turn, the last one
 * repeating). An attacker guessing one agency's secret is slowed to a few guesses an hour, while
 * the agency itself, signing in from its own addresses, is not affected;</li>
 * <li>per account, from every client: more than {@code perAccount} failures in a {@code window}
 * (guessing spread over many addresses) stop the account's sign-ins from clients it has not
 * signed in from during the last day; its known clients go on working;</li>
 * <li>per client, on every account: more than {@code perClient} failures in a window (one address
 * trying many accounts) stop that client's sign-ins except on accounts it is known for.</li>
 * </ul>
 * A refused attempt is answered before any secret is hashed, so it costs the hub nothing. The
 * counts live in this server's memory; with several servers behind a load balancer an attacker
 * gets at most that many times the limits.
 */
final class FailedSignIns {

    /** How long a client+account pair's failures, and its having signed in, are remembered. */
    static final Duration PAIR_MEMORY = Duration.ofDays(1);
    private static final int MOST_PAIRS = 200_000;
    private static final int MOST_ACCOUNTS = 50_000;
    private static final int MOST_CLIENTS = 100_000;

    record Settings(int free, Backoff backoff, Duration window, int perAccount, int perClient) {

        Settings {
            if (free < 0 || perAccount < 1 || perClient < 1 || backoff.delays().isEmpty() || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("sign-in limits must be positive and the backoff must have a delay");
            }
        }

        Duration delayAfter(int failuresOverFree) {
            return backoff.delayAfter(failuresOverFree).orElse(backoff.delays().get(backoff.delays().size() - 1));
        }
    }

    private record Pair(ClientAddress client, String account) {
    }

    private record PairState(int failures, Instant lastFailure, Instant blockedUntil, Instant knownUntil) {

        boolean blockedAt(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }

        boolean knownAt(Instant now) {
            return knownUntil != null && knownUntil.isAfter(now);
        }

        boolean expiredAt(Instant now) {
            return !blockedAt(now) && !knownAt(now) && (lastFailure == null || !lastFailure.plus(PAIR_MEMORY).isAfter(now));
        }
    }

    private record Window(Instant end, int failures) {
    }

    private final Settings settings;
    private final ExpiringStates<Pair, PairState> pairs =
            new ExpiringStates<>("client+account sign-in states", MOST_PAIRS, (state, now) -> state.expiredAt(now));
    private final ExpiringStates<String, Window> accounts =
            new ExpiringStates<>("per-account sign-in failure counts", MOST_ACCOUNTS, (w, now) -> !w.end().isAfter(now));
    private final ExpiringStates<ClientAddress, Window> clients =
            new ExpiringStates<>("per-client sign-in failure counts", MOST_CLIENTS, (w, now) -> !w.end().isAfter(now));

    FailedSignIns(Settings settings) {
        this.settings = settings;
    }

    /** How long the client must wait before an attempt on this account is checked; empty: check it now. */
    Optional<Duration> waitBefore(ClientAddress client, String account, Instant now) {
        Optional<PairState> pair = pairs.get(new Pair(client, account), now);
        if (pair.isPresent() && pair.get().blockedAt(now)) {
            return Optional.of(Duration.between(now, pair.get().blockedUntil()));
        }
        if (pair.isPresent() && pair.get().knownAt(now)) {
            return Optional.empty();
        }
        Optional<Duration> accountWait = overLimit(accounts.get(account, now), settings.perAccount(), now);
        return accountWait.isPresent() ? accountWait : overLimit(clients.get(client, now), settings.perClient(), now);
    }

    void failed(ClientAddress client, String account, Instant now) {
        pairs.update(new Pair(client, account), now, old -> {
            int failures = (old == null ? 0 : old.failures()) + 1;
            Instant blockedUntil = failures > settings.free() ? now.plus(settings.delayAfter(failures - settings.free()))
                    : old == null ? null : old.blockedUntil();
            return new PairState(failures, now, blockedUntil, old == null ? null : old.knownUntil());
        });
        accounts.update(account, now, old -> counted(old, now));
        clients.update(client, now, old -> counted(old, now));
    }

    /** The pair starts afresh and is known: the account's and the client's limits no longer stop it. */
    void succeeded(ClientAddress client, String account, Instant now) {
        pairs.update(new Pair(client, account), now, old -> new PairState(0, null, null, now.plus(PAIR_MEMORY)));
    }

    private Window counted(Window old, Instant now) {
        return old == null ? new Window(now.plus(settings.window()), 1) : new Window(old.end(), old.failures() + 1);
    }

    private static Optional<Duration> overLimit(Optional<Window> window, int limit, Instant now) {
        return window.filter(w -> w.failures() >= limit).map(w -> Duration.between(now, w.end()));
    }
}
