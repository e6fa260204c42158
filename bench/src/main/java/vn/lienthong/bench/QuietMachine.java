package vn.lienthong.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A figure is only worth writing down when the machine did nothing else: two builds on two cores
 * made earlier figures unreadable. So a measuring run first reads the 1-minute load average and
 * refuses to start above {@code bench.max-load} (default 0.5; {@code -Dbench.max-load=any} runs
 * anyway and the figures say so), and at the end says how much of the machine's CPU the load
 * generator itself used, since it shares the cores with the server it measures.
 */
final class QuietMachine {

    static final double DEFAULT_MAX_LOAD = 0.5;
    /** Scenarios that write data rather than measure it may run on a busy machine. */
    private static final Set<String> NOT_MEASURING = Set.of("generate-inbox", "generate-dossiers", "generate-reports");

    private final long startNanos = System.nanoTime();
    private final long startCpuNanos = processCpuNanos().orElse(0L);

    private QuietMachine() {
    }

    /**
     * Starts watching, or refuses: the answer names the load, the limit and how to override it.
     *
     * @param maxLoadSetting the {@code bench.max-load} property: empty for the default, a number, or {@code any}
     */
    static QuietMachine before(String scenario, Optional<String> maxLoadSetting, double oneMinuteLoad) {
        if (NOT_MEASURING.contains(scenario)) {
            return new QuietMachine();
        }
        String setting = maxLoadSetting.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if ("any".equalsIgnoreCase(setting)) {
            return new QuietMachine();
        }
        double maxLoad;
        try {
            maxLoad = setting == null ? DEFAULT_MAX_LOAD : Double.parseDouble(setting);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bench.max-load must be a number or 'any', not '" + setting + "'", e);
        }
        if (oneMinuteLoad > maxLoad) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "The machine is busy: 1-minute load average %.2f is above bench.max-load %.2f. Figures taken now would "
                            + "measure the other work too. Stop the other builds and servers and run again, or pass "
                            + "-Dbench.max-load=any to run anyway (then say so beside the figures).", oneMinuteLoad, maxLoad));
        }
        return new QuietMachine();
    }

    /** The 1-minute load average, or empty where /proc/loadavg cannot be read. */
    static Optional<Double> oneMinuteLoad() {
        String text = MachineInfo.loadAverage();
        try {
            return Optional.of(Double.parseDouble(text.split("\\s+")[0]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The load generator's own share of the machine's CPU since {@link #before}. */
    String generatorShare() {
        double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
        Optional<Long> cpu = processCpuNanos();
        if (cpu.isEmpty() || wallSeconds <= 0) {
            return "unknown";
        }
        double cpuSeconds = (cpu.get() - startCpuNanos) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format(Locale.ROOT, "%.1f CPU-seconds in %.1f s = %.0f %% of %d cores", cpuSeconds, wallSeconds,
                100 * cpuSeconds / (wallSeconds * cores), cores);
    }

    private static Optional<Long> processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? Optional.empty() : Optional.of(nanos);
        }
        return Optional.empty();
    }
}
