package vn.lienthong.bench;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one benchmark run does, from {@code -Dbench.*} system properties (each documented in
 * docs/benchmarks.md). Defaults suit the embedded default started with {@code liberty:run}.
 */
public record BenchSettings(String scenario, String baseUrl, String secret, String loginAgency,
                            double rate, int durationSeconds, int warmupSeconds,
                            double startRate, double rateFactor, double maxRate, int stepSeconds,
                            int graceSeconds, long submitSlaMillis,
                            int minAttachmentKb, int maxAttachmentKb, int maxRecipients, int recipientPool,
                            int fetchers, int pollMillis, int recipientBatch, int maxInFlight, int drainSeconds,
                            int floorDocuments, int floorDbWriters, Path workDir,
                            Optional<String> jdbcUrl, String jdbcUser, String jdbcPassword,
                            Optional<Long> serverPid, Optional<String> listingAgency, int listingPageSize,
                            long generateDocuments, double generateWaitingFraction, long seed,
                            Optional<String> compareUrl, int requests, Optional<String> floorPackages) {

    public BenchSettings {
        if (rate <= 0 || startRate <= 0 || rateFactor <= 1 || maxRate < startRate) {
            throw new IllegalArgumentException("rates must be positive, bench.rate.factor > 1 and bench.rate.max >= bench.rate.start");
        }
        if (minAttachmentKb < 1 || maxAttachmentKb < minAttachmentKb || maxAttachmentKb > 2048) {
            throw new IllegalArgumentException("attachment sizes: need 1 <= bench.attachment.min.kb <= bench.attachment.max.kb <= 2048");
        }
        if (maxRecipients < 1 || recipientPool < maxRecipients) {
            throw new IllegalArgumentException("need 1 <= bench.recipients.max <= bench.recipient.pool");
        }
        if (recipientBatch < 0 || recipientBatch > 100) {
            throw new IllegalArgumentException("bench.recipients.batch: 0 (one fetch and one acknowledgement per document) to 100");
        }
        floorPackages = floorPackages.map(String::strip);
        if (floorPackages.isPresent() && !floorPackages.get().equals("directory") && !floorPackages.get().equals("database")) {
            throw new IllegalArgumentException("bench.floor.packages: directory or database (the hub's lienthong.packages.store)");
        }
        if (durationSeconds < 1 || stepSeconds < 1 || floorDocuments < 1 || floorDbWriters < 1 || fetchers < 1 || requests < 1) {
            throw new IllegalArgumentException("durations, counts and thread numbers must be positive");
        }
    }

    public static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                text("bench.scenario", "fixed-rate"),
                stripSlash(text("bench.url", "http://localhost:9080/api/v1")),
                text("bench.secret", "lienthong-dev-secret"),
                text("bench.login", "000.00.00.G22"),
                number("bench.rate", 20),
                (int) number("bench.duration", 30),
                (int) number("bench.warmup", 10),
                number("bench.rate.start", 10),
                number("bench.rate.factor", 1.5),
                number("bench.rate.max", 3000),
                (int) number("bench.step.seconds", 15),
                (int) number("bench.step.grace", 10),
                (long) number("bench.sla.ms", 2000),
                (int) number("bench.attachment.min.kb", 20),
                (int) number("bench.attachment.max.kb", 500),
                (int) number("bench.recipients.max", 5),
                (int) number("bench.recipient.pool", 10),
                (int) number("bench.fetchers", 16),
                (int) number("bench.poll.ms", 250),
                (int) number("bench.recipients.batch", 0),
                (int) number("bench.max.in.flight", 4000),
                (int) number("bench.drain", 60),
                (int) number("bench.floor.documents", 300),
                (int) number("bench.floor.db.writers", 8),
                Path.of(text("bench.work.dir", System.getProperty("java.io.tmpdir") + "/lienthong-bench")),
                Optional.ofNullable(System.getProperty("bench.jdbc.url")).filter(s -> !s.isBlank()),
                text("bench.jdbc.user", "lienthong"),
                text("bench.jdbc.password", ""),
                Optional.ofNullable(System.getProperty("bench.server.pid")).filter(s -> !s.isBlank()).map(Long::valueOf),
                Optional.ofNullable(System.getProperty("bench.listing.agency")).filter(s -> !s.isBlank()),
                (int) number("bench.listing.page", 50),
                (long) number("bench.generate.documents", 10_000_000),
                number("bench.generate.waiting", 0.01),
                (long) number("bench.seed", 20261130),
                Optional.ofNullable(System.getProperty("bench.compare.url")).filter(s -> !s.isBlank()).map(BenchSettings::stripSlash),
                (int) number("bench.requests", 3000),
                Optional.ofNullable(System.getProperty("bench.floor.packages")).filter(s -> !s.isBlank()));
    }

    /** A run of a few seconds with small packages, for the build's integration tests. */
    static BenchSettings smoke(String baseUrl, String secret, double rate, int seconds) {
        return new BenchSettings("smoke", stripSlash(baseUrl), secret, "000.00.00.G22", rate, seconds, 0, rate, 1.5, rate * 2,
                seconds, 30, 60_000, 20, 60, 3, 4, 4, 100, 0, 1_000, 60, 1, 1,
                Path.of(System.getProperty("java.io.tmpdir"), "lienthong-bench-smoke"), Optional.empty(), "lienthong", "",
                Optional.empty(), Optional.empty(), 50, 0, 0.01, 1, Optional.empty(), 1, Optional.empty());
    }

    /**
     * Where the floor's durable write puts the package bytes, as the hub's {@code lienthong.packages.store}
     * would: its default for the database measured (files with Derby, the database with PostgreSQL)
     * unless {@code bench.floor.packages} says otherwise.
     */
    boolean floorPackagesInFiles() {
        return floorPackages.map("directory"::equals).orElse(jdbcUrl.isEmpty());
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static double number(String name, double fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'", e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
