package vn.lienthong.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The end-to-end scenarios against a running hub: "fixed-rate" (one rate, for latency
 * percentiles) and "max-rate" (step the rate up until the hub no longer keeps up, then run at
 * half that rate for the p99), each followed by the floor measured on the same packages and the
 * ratio of the end-to-end rate to that floor.
 */
final class EndToEndScenarios {

    private final BenchSettings settings;
    private final PrintStream out;
    private final SenderSigners senderKeys;
    private final TestSigningKey hubKey = TestSigningKey.generate("LienThong hub (benchmark)");
    private final String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    private final AtomicLong numbers = new AtomicLong(1);
    private final Optional<ServerCpu> serverCpu;

    EndToEndScenarios(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.senderKeys = SenderSigners.fromSystemProperties(settings.baseUrl(), out);
        this.serverCpu = ServerCpu.of(settings.serverPid());
    }

    void fixedRate() {
        try (HubClient hub = new HubClient(settings.baseUrl(), settings.secret())) {
            Agencies agencies = Agencies.fromHub(hub, settings.loginAgency(), settings.recipientPool(), settings.seed());
            OpenLoopRun runner = new OpenLoopRun(hub, agencies, settings);
            warmUp(runner, agencies, settings.rate());
            try (PackageSet set = prepare(agencies, settings.rate(), settings.durationSeconds());
                 AutoCloseable heap = watchHeap()) {
                RunResult result = runAt(runner, settings.rate(), set, settings.drainSeconds(), "Fixed rate");
                printHeap(heap);
                Floor.Result floor = new Floor(settings, hubKey).measure(set.packages());
                floor.print(out);
                printRatio(result.endToEndRate(), floor, "at the offered rate (bounded by it)");
            }
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    void maxRate() {
        try (HubClient hub = new HubClient(settings.baseUrl(), settings.secret())) {
            Agencies agencies = Agencies.fromHub(hub, settings.loginAgency(), settings.recipientPool(), settings.seed());
            OpenLoopRun runner = new OpenLoopRun(hub, agencies, settings);
            warmUp(runner, agencies, settings.startRate());
            List<RunResult> steps = new ArrayList<>();
            RunResult best = null;
            PackageSet bestSet = null;
            try (AutoCloseable heap = watchHeap()) {
                for (double rate = settings.startRate(); rate <= settings.maxRate(); rate *= settings.rateFactor()) {
                    PackageSet set = prepare(agencies, rate, settings.stepSeconds());
                    RunResult step = runAt(runner, rate, set, settings.graceSeconds(), String.format(Locale.ROOT, "Step %.1f/s", rate));
                    steps.add(step);
                    boolean kept = step.keptUp(settings.submitSlaMillis());
                    out.printf(Locale.ROOT, "  -> %s%n", kept ? "kept up" : "did NOT keep up: stopping");
                    if (!kept) {
                        set.close();
                        break;
                    }
                    if (bestSet != null) {
                        bestSet.close();
                    }
                    best = step;
                    bestSet = set;
                }
                printSteps(steps);
                printHeap(heap);
            }
            if (best == null) {
                out.printf("%nThe hub did not keep up even at the starting rate %.1f/s: lower bench.rate.start.%n", settings.startRate());
                return;
            }
            out.printf(Locale.ROOT, "%nMAX RATE kept up: %.1f documents/s offered, %.1f/s confirmed by every recipient end to end%n",
                    best.offeredRate(), best.endToEndRate());
            Floor.Result floor;
            try (PackageSet set = bestSet) {
                floor = new Floor(settings, hubKey).measure(set.packages());
            }
            floor.print(out);
            printRatio(best.endToEndRate(), floor, "at the maximum rate kept up");
            if (Boolean.parseBoolean(System.getProperty("bench.then.half", "true"))) {
                double half = Math.max(1, best.offeredRate() / 2);
                try (PackageSet set = prepare(agencies, half, settings.durationSeconds())) {
                    runAt(runner, half, set, settings.drainSeconds(), String.format(Locale.ROOT, "Half the maximum rate (%.1f/s)", half));
                }
            }
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** Runs at the start rate for bench.warmup seconds so the server's JIT and pools are warm; not reported in detail. */
    private void warmUp(OpenLoopRun runner, Agencies agencies, double rate) {
        if (settings.warmupSeconds() <= 0) {
            return;
        }
        try (PackageSet set = prepare(agencies, rate, settings.warmupSeconds())) {
            RunResult warm = runner.run(rate, set.packages(), settings.drainSeconds());
            out.printf(Locale.ROOT, "Warm-up: %.1f/s for %d s, %d accepted, %d confirmed (not counted)%n",
                    rate, settings.warmupSeconds(), warm.accepted(), warm.stages().confirmed.count());
        }
    }

    private PackageSet prepare(Agencies agencies, double rate, int seconds) {
        int count = (int) Math.max(1, Math.round(rate * seconds));
        long start = System.nanoTime();
        PackageSet set = PackageSet.prepare(count, agencies, settings, senderKeys, runId, numbers);
        out.printf(Locale.ROOT, "Prepared %d signed packages (%.1f MB, %.0f KB average) in %.1f s%n", count,
                set.totalBytes() / 1e6, set.totalBytes() / 1024.0 / count, (System.nanoTime() - start) / 1e9);
        return set;
    }

    private RunResult runAt(OpenLoopRun runner, double rate, PackageSet set, int drainSeconds, String title) {
        String loadBefore = MachineInfo.loadAverage();
        MachineUse before = MachineUse.now(serverCpu);
        RunResult result = runner.run(rate, set.packages(), drainSeconds);
        MachineUse after = MachineUse.now(serverCpu);
        result.print(out, title);
        out.printf("  load average before %s, after %s%n", loadBefore, MachineInfo.loadAverage());
        printCostPerDocument(result.accepted(), before, after);
        return result;
    }

    /** The server's CPU time and the machine's disk counts at one moment; either is empty where it cannot be read. */
    private record MachineUse(Optional<Long> serverCpuNanos, Optional<DiskFlushes.Counts> disk) {
        static MachineUse now(Optional<ServerCpu> serverCpu) {
            return new MachineUse(serverCpu.map(ServerCpu::nanos), DiskFlushes.now());
        }
    }

    /**
     * What each accepted document cost the machine over the run and its drain: the server's CPU (its
     * delivery consumer, sealer and every recipient's request included) and the disk flushes of every
     * durable commit, the hub's and the broker's, per document. The floor's figures are per document
     * too, so the two read side by side.
     */
    private void printCostPerDocument(long accepted, MachineUse before, MachineUse after) {
        List<String> costs = new ArrayList<>();
        before.serverCpuNanos().flatMap(b -> after.serverCpuNanos().map(a -> a - b)).ifPresent(nanos ->
                costs.add(String.format(Locale.ROOT, "server CPU %.2f ms", nanos / 1e6 / accepted)));
        before.disk().flatMap(b -> after.disk().map(a -> a.minus(b))).ifPresent(run ->
                costs.add(String.format(Locale.ROOT, "disk flushes %.2f, disk writes %.2f (the whole machine's)",
                        (double) run.flushes() / accepted, (double) run.writes() / accepted)));
        if (accepted > 0 && !costs.isEmpty()) {
            out.println("  per accepted document: " + String.join("; ", costs));
        }
    }

    private void printSteps(List<RunResult> steps) {
        out.printf("%nSteps (kept up = no errors, >= 95 %% of the offered rate accepted, p99 submit <= %d ms, all confirmed within %d s):%n",
                settings.submitSlaMillis(), settings.graceSeconds());
        out.printf("  %9s %10s %10s %12s %12s %14s  %s%n", "offered/s", "accepted/s", "e2e/s", "p50 submit", "p99 submit",
                "p99 confirmed", "kept up");
        for (RunResult r : steps) {
            out.printf(Locale.ROOT, "  %9.1f %10.1f %10.1f %9.1f ms %9.1f ms %11.1f ms  %s%n", r.offeredRate(), r.acceptedRate(),
                    r.endToEndRate(), r.stages().submit.percentileMillis(50), r.stages().submit.percentileMillis(99),
                    r.stages().confirmed.percentileMillis(99), r.keptUp(settings.submitSlaMillis()) ? "yes" : "no");
        }
    }

    private void printRatio(double endToEnd, Floor.Result floor, String when) {
        out.printf(Locale.ROOT, "%nEnd to end %.1f documents/s %s = %.3f of the floor (%.1f/s, %s); %.3f of the one-core sequential bound (%.1f/s)%n",
                endToEnd, when, endToEnd / floor.floorRate(), floor.floorRate(), floor.limitedBy(),
                endToEnd / floor.oneCoreSequentialRate(), floor.oneCoreSequentialRate());
    }

    private AutoCloseable watchHeap() {
        Optional<ServerHeapWatch> watch = ServerHeapWatch.attach(settings.serverPid(), out);
        return watch.<AutoCloseable>map(w -> w).orElse(() -> { });
    }

    private void printHeap(AutoCloseable heap) {
        if (heap instanceof ServerHeapWatch watch) {
            watch.print(out);
        } else {
            out.println("\nServer heap not watched (give -Dbench.server.pid=<the server's process id>)");
        }
    }

    private static RuntimeException rethrow(Exception e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
