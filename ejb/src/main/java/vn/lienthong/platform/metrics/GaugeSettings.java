package vn.lienthong.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.time.Durations;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** Makes the cached counts of every gauge family with one setting: {@code lienthong.metrics.gauge-cache} (default 5s). */
@ApplicationScoped
public class GaugeSettings {

    @Inject
    @ConfigProperty(name = "lienthong.metrics.gauge-cache", defaultValue = "5s")
    String maxAge;

    @Inject
    Clock clock;

    public <K> CachedCounts<K> cachedCounts(Supplier<Map<K, Long>> count) {
        Duration age = Durations.parse(maxAge);
        return new CachedCounts<>(count, age, clock);
    }
}
