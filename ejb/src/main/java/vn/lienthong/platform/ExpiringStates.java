package vn.lienthong.platform;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * In-memory state per key (a client address, an account, a secret's digest) that callers from
 * outside can make grow: sign-in failures, request rates, remembered secret checks. Each state
 * knows when it no longer matters; expired states are dropped once the map reaches its capacity,
 * and a new key is not taken on while it is still full, so memory stays bounded whatever the
 * callers send. What is lost that way is only a count or a shortcut, never a decision the hub
 * relies on for correctness.
 */
public final class ExpiringStates<K, V> {

    private static final Logger LOG = Logger.getLogger(ExpiringStates.class.getName());

    private final String name;
    private final int capacity;
    private final BiPredicate<V, Instant> expired;
    private final ConcurrentMap<K, V> states = new ConcurrentHashMap<>();
    private volatile boolean fullReported;

    /**
     * @param name     what the states are, for the log line when the map is full
     * @param capacity most keys held
     * @param expired  whether a state no longer matters at the given instant
     */
    public ExpiringStates(String name, int capacity, BiPredicate<V, Instant> expired) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.name = name;
        this.capacity = capacity;
        this.expired = expired;
    }

    /** The key's state, unless there is none or it expired. */
    public Optional<V> get(K key, Instant now) {
        V state = states.get(key);
        return state == null || expired.test(state, now) ? Optional.empty() : Optional.of(state);
    }

    /**
     * Replaces the key's state by {@code change} applied to its current one (null when there is
     * none or it expired). A new key is dropped, and empty is answered, when the map is full of
     * live states.
     */
    public Optional<V> update(K key, Instant now, UnaryOperator<V> change) {
        if (!states.containsKey(key) && states.size() >= capacity) {
            purge(now);
            if (states.size() >= capacity) {
                if (!fullReported) {
                    fullReported = true;
                    LOG.warning(() -> "More than " + capacity + " live " + name + " held in memory: new ones are not "
                            + "recorded until some expire");
                }
                return Optional.empty();
            }
        }
        return Optional.ofNullable(states.compute(key, (k, old) -> change.apply(old == null || expired.test(old, now) ? null : old)));
    }

    public void remove(K key) {
        states.remove(key);
    }

    public int size() {
        return states.size();
    }

    private void purge(Instant now) {
        states.values().removeIf(state -> expired.test(state, now));
        if (states.size() < capacity) {
            fullReported = false;
        }
    }
}
