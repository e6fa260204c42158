package vn.lienthong.platform.metrics;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CachedCountsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void everyGaugeOfTheFamilyAnswersFromOneCountUntilItIsOld() {
        AtomicInteger queries = new AtomicInteger();
        var counts = new CachedCounts<>(() -> {
            queries.incrementAndGet();
            return Map.of("PENDING", 3L, "FAILED", 1L);
        }, Duration.ofSeconds(5), clock);

        assertThat(counts.get("PENDING")).isEqualTo(3);
        assertThat(counts.get("FAILED")).isEqualTo(1);
        assertThat(counts.get("SENT")).as("no row: none").isZero();
        now.set(now.get().plusSeconds(4));
        counts.get("PENDING");
        assertThat(queries).hasValue(1);

        now.set(now.get().plusSeconds(1));
        counts.get("PENDING");
        assertThat(queries).hasValue(2);
    }

    @Test
    void aFailingCountIsUnknownAndTriedAgainAtTheNextRead() {
        AtomicInteger queries = new AtomicInteger();
        var counts = new CachedCounts<String>(() -> {
            if (queries.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            return Map.of("QUEUED", 7L);
        }, Duration.ofSeconds(5), clock);

        assertThat(counts.get("QUEUED")).isEqualTo(CachedCounts.UNKNOWN);
        assertThat(counts.get("QUEUED")).isEqualTo(7);
    }
}
