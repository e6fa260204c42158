package vn.lienthong.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The physical floor of the axis on this machine, measured without the application server on the
 * same packages the run sends: bare signature verification, one durable database write, one hub
 * receipt signature per document.
 *
 * <p>Which number is "the floor": verification and receipt signing burn CPU and share the same
 * cores, so their costs add up: the CPU ceiling is measured by doing both for each document on as
 * many threads as there are cores. The durable write mostly waits for the disk to flush, which a
 * server overlaps with CPU work on other requests, so it is a separate resource, measured with
 * several concurrent writers (a server commits many requests at once). The floor is the slower of
 * these two resources: no server doing this work on this machine could go faster. The combined
 * cost of the three stages on one core, one document after the other, is printed too: it is the
 * pessimistic bound when nothing overlaps.
 */
final class Floor {

    record StageCost(String name, double millisPerDocument) {
        double ratePerSecond() {
            return 1000.0 / millisPerDocument;
        }
    }

    record Result(int documents, double averageBytes, StageCost verify, StageCost verifyDom, StageCost receipt, StageCost write,
                  double cpuRate, int cores, double writeRate, int writers, String database, Optional<String> durability) {

        double floorRate() {
            return Math.min(cpuRate, writeRate);
        }

        String limitedBy() {
            return cpuRate <= writeRate ? "CPU (verify + receipt on " + cores + " cores)" : "durable writes (" + database + ")";
        }

        double oneCoreSequentialRate() {
            return 1000.0 / (verify.millisPerDocument + receipt.millisPerDocument + write.millisPerDocument);
        }

        void print(PrintStream out) {
            out.printf(Locale.ROOT, "%nFloor (no application server), %d packages, average %.0f KB:%n", documents, averageBytes / 1024);
            out.printf(Locale.ROOT, "  verify signature (streaming), one thread    : %7.3f ms/doc = %8.1f docs/s%n",
                    verify.millisPerDocument, verify.ratePerSecond());
            out.printf(Locale.ROOT, "  (the same with the JDK DOM XML DSig, before : %7.3f ms/doc = %8.1f docs/s, not in the floor)%n",
                    verifyDom.millisPerDocument, verifyDom.ratePerSecond());
            out.printf(Locale.ROOT, "  hub receipt (CMS, BouncyCastle), one thread  : %7.3f ms/doc = %8.1f docs/s%n",
                    receipt.millisPerDocument, receipt.ratePerSecond());
            out.printf(Locale.ROOT, "  durable write, one writer                    : %7.3f ms/doc = %8.1f docs/s  [%s]%n",
                    write.millisPerDocument, write.ratePerSecond(), database);
            durability.ifPresent(d -> out.printf("  database durability settings: %s%n", d));
            out.printf(Locale.ROOT, "  CPU stages (verify + receipt) on %d threads   : %8.1f docs/s%n", cores, cpuRate);
            out.printf(Locale.ROOT, "  durable writes on %d concurrent writers       : %8.1f docs/s%n", writers, writeRate);
            out.printf(Locale.ROOT, "  FLOOR = min of the two resources             : %8.1f docs/s, limited by %s%n", floorRate(), limitedBy());
            out.printf(Locale.ROOT, "  (all three stages in sequence on one core    : %8.1f docs/s)%n", oneCoreSequentialRate());
        }
    }

    private final BenchSettings settings;
    private final TestSigningKey hubKey;

    Floor(BenchSettings settings, TestSigningKey hubKey) {
        this.settings = settings;
        this.hubKey = hubKey;
    }

    /** Measures on {@code packages} (cycled up to bench.floor.documents), against PostgreSQL if a JDBC URL is set, else Derby. */
    Result measure(List<PreparedPackage> packages) {
        List<byte[]> bytes = new ArrayList<>();
        for (int i = 0; i < Math.min(packages.size(), settings.floorDocuments()); i++) {
            bytes.add(packages.get(i).bytes());
        }
        int n = settings.floorDocuments();
        double averageBytes = bytes.stream().mapToInt(b -> b.length).average().orElse(0);
        SignatureVerifier verifier = new SignatureVerifier();
        ReceiptSigner receipts = new ReceiptSigner(hubKey);
        String receivedAt = Instant.now().toString();

        StageCost verify = new StageCost("verify", timeSequential(n, i -> {
            if (!verifier.verifyStreaming(bytes.get(i % bytes.size()))) {
                throw new IllegalStateException("A benchmark package does not verify: the generator or the verifier is broken");
            }
        }));
        StageCost verifyDom = new StageCost("verify-dom", timeSequential(n, i -> {
            if (!verifier.verifyDom(bytes.get(i % bytes.size()))) {
                throw new IllegalStateException("A benchmark package does not verify with the JDK: the generator is broken");
            }
        }));
        StageCost receipt = new StageCost("receipt", timeSequential(n, i -> receipts.sign("doc-" + i, bytes.get(i % bytes.size()), receivedAt)));
        int cores = Runtime.getRuntime().availableProcessors();
        double cpuRate = rateParallel(n, cores, i -> {
            byte[] b = bytes.get(i % bytes.size());
            verifier.verifyStreaming(b);
            receipts.sign("doc-" + i, b, receivedAt);
        });

        Path derbyDir = settings.workDir().resolve("floor-derby-" + System.nanoTime());
        DurableWriter writer = settings.jdbcUrl()
                .map(url -> DurableWriter.postgresql(url, settings.jdbcUser(), settings.jdbcPassword()))
                .orElseGet(() -> DurableWriter.derby(derbyDir));
        try {
            Files.createDirectories(settings.workDir());
            if (settings.floorPackagesInFiles()) {
                writer.withPackageFiles(Files.createDirectories(settings.workDir().resolve("floor-packages-" + System.nanoTime())));
            }
            writer.createTable();
            Optional<String> durability = writer.durabilitySettings();
            StageCost write;
            double writeRate;
            try (Connection c = writer.connect(); PreparedStatement insert = writer.insert(c)) {
                write = new StageCost("write", timeSequential(n, i -> {
                    try {
                        writer.write(c, insert, packages.get(i % bytes.size()), bytes.get(i % bytes.size()));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            writeRate = rateWriters(n, writer, packages, bytes);
            writer.close();
            return new Result(n, averageBytes, verify, verifyDom, receipt, write, cpuRate, cores, writeRate, settings.floorDbWriters(),
                    writer.description(), durability);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The floor's durable write failed on " + writer.description() + ": " + e.getMessage(), e);
        } finally {
            if (settings.jdbcUrl().isEmpty()) {
                shutDownDerby(derbyDir);
            }
        }
    }

    interface PerDocument {
        void run(int i) throws Exception;
    }

    /** Milliseconds per document on one thread, after a warm-up of a tenth of the documents. */
    private static double timeSequential(int n, PerDocument work) {
        try {
            for (int i = 0; i < Math.max(10, n / 10); i++) {
                work.run(i);
            }
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                work.run(i);
            }
            return (System.nanoTime() - start) / 1e6 / n;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double rateParallel(int n, int threads, PerDocument work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, HubClient.daemon("bench-floor"));
        try {
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < n) {
                        work.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return n / ((System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A floor stage failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private double rateWriters(int n, DurableWriter writer, List<PreparedPackage> packages, List<byte[]> bytes) throws SQLException {
        int writers = settings.floorDbWriters();
        List<Connection> connections = new ArrayList<>();
        try {
            List<PreparedStatement> inserts = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Connection c = writer.connect();
                connections.add(c);
                inserts.add(writer.insert(c));
            }
            ThreadLocal<Integer> slot = new ThreadLocal<>();
            AtomicInteger slots = new AtomicInteger();
            return rateParallel(n, writers, i -> {
                if (slot.get() == null) {
                    slot.set(slots.getAndIncrement());
                }
                int s = slot.get();
                writer.write(connections.get(s), inserts.get(s), packages.get(i % bytes.size()), bytes.get(i % bytes.size()));
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static void shutDownDerby(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + directory.toAbsolutePath() + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby answers a successful shutdown with SQLState 08006.
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
