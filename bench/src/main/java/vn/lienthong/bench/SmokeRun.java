package vn.lienthong.bench;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A few seconds of the end-to-end run, for the build's integration tests: signed packages at an
 * open-loop rate to the hub at {@code baseUrl}, fetched and confirmed by every recipient. Proves
 * the generator and the hub still understand each other; measures nothing worth reporting.
 */
public final class SmokeRun {

    /** What happened to the packages of a smoke run. */
    public record Outcome(int scheduled, long accepted, long confirmed, Map<String, Long> errors,
                          long recipientFailures, boolean drained) {
    }

    private SmokeRun() {
    }

    public static Outcome run(String baseUrl, String secret, double rate, int seconds) {
        TestSigningKey selfSigned = TestSigningKey.generate("smoke");
        return run(baseUrl, secret, rate, seconds, sender -> selfSigned);
    }

    /** The same with each sender's own signing key, as a hub that verifies signatures requires. */
    public static Outcome run(String baseUrl, String secret, double rate, int seconds,
                              java.util.function.Function<String, TestSigningKey> keyOfSender) {
        BenchSettings settings = BenchSettings.smoke(baseUrl, secret, rate, seconds);
        try (HubClient hub = new HubClient(settings.baseUrl(), settings.secret())) {
            Agencies agencies = Agencies.fromHub(hub, settings.loginAgency(), settings.recipientPool(), System.nanoTime());
            String runId = "SMOKE" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
            try (PackageSet set = PackageSet.prepare((int) Math.round(rate * seconds), agencies, settings,
                    keyOfSender, runId, new AtomicLong(1))) {
                RunResult result = new OpenLoopRun(hub, agencies, settings).run(rate, set.packages(), settings.drainSeconds());
                return new Outcome(result.scheduled(), result.accepted(), result.stages().confirmed.count(), result.errors(),
                        result.consumerFailures(), result.drained());
            }
        }
    }
}
