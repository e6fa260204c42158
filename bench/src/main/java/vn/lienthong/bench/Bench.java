package vn.lienthong.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entry point: {@code mvn -q -pl bench compile exec:java -Dbench.scenario=<scenario> ...}
 * (docs/benchmarks.md lists the scenarios and every setting).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        PrintStream out = System.out;
        out.printf("LienThong benchmark, scenario %s%nMachine: %s%nLoad average (1/5/15 min) at start: %s%n",
                settings.scenario(), MachineInfo.describe(), MachineInfo.loadAverage());
        QuietMachine machine = QuietMachine.before(settings.scenario(), Optional.ofNullable(System.getProperty("bench.max-load")),
                QuietMachine.oneMinuteLoad().orElse(0.0));
        switch (settings.scenario()) {
            case "fixed-rate" -> {
                out.printf("Hub %s%n", settings.baseUrl());
                new EndToEndScenarios(settings, out).fixedRate();
            }
            case "max-rate" -> {
                out.printf("Hub %s%n", settings.baseUrl());
                new EndToEndScenarios(settings, out).maxRate();
            }
            case "inbox-listing" -> {
                out.printf("Hub %s%n", settings.baseUrl());
                new InboxListingScenario(settings, out).run();
            }
            case "generate-inbox" -> new InboxDataGenerator(settings, out).run();
            case "generate-dossiers" -> new DossierDataGenerator(settings, out).run();
            case "dossier-statistics" -> {
                out.printf("Hub %s%n", settings.baseUrl());
                new DossierStatisticsScenario(settings, out).run();
            }
            case "sign-in-cost" -> new SignInCostScenario(settings, out).run();
            case "lone-submit" -> new RequestCostScenario(settings, out).loneSubmit();
            case "request-cost" -> new RequestCostScenario(settings, out).requestCost();
            case "generate-reports" -> {
                out.printf("Hub %s%n", settings.baseUrl());
                new ReportDataGenerator(settings, out).run();
            }
            case "reporting-aggregate" -> {
                out.printf("Hub %s%n", settings.baseUrl());
                new ReportingAggregateScenario(settings, out).run();
            }
            case "evidence-chain" -> {
                out.printf("Hub %s%n", settings.baseUrl());
                new EvidenceChainScenario(settings, out).run();
            }
            case "floor" -> floorOnly(settings, out);
            default -> throw new IllegalArgumentException("Unknown bench.scenario '" + settings.scenario()
                    + "': fixed-rate, max-rate, inbox-listing, generate-inbox, generate-dossiers, dossier-statistics, sign-in-cost, lone-submit, request-cost, "
                    + "generate-reports, reporting-aggregate, evidence-chain or floor");
        }
        out.printf("Load average (1/5/15 min) at the end: %s%n", MachineInfo.loadAverage());
        out.printf("The load generator itself used %s%n", machine.generatorShare());
    }

    /** The floor alone, on packages of the usual mix between sample-shaped codes: no server needed. */
    static Floor.Result floorOnly(BenchSettings settings, PrintStream out) {
        Agencies agencies = new Agencies(List.of("000.00.00.G22", "000.00.00.G09", "000.00.00.G18"),
                List.of("000.00.00.H20", "000.00.01.H20", "000.00.02.H20", "000.00.00.H41", "000.00.01.H41"));
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        TestSigningKey hubKey = TestSigningKey.generate("LienThong hub (benchmark)");
        int count = Math.min(settings.floorDocuments(), 500);
        try (PackageSet set = PackageSet.prepare(count, agencies, settings, TestSigningKey.generate("Văn thư (benchmark)"), runId,
                new AtomicLong(1))) {
            Floor.Result result = new Floor(settings, hubKey).measure(set.packages());
            result.print(out);
            return result;
        }
    }
}
