package vn.lienthong.it.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The messages.log and incident (FFDC) directory of the server under test, read from a mark on. */
public final class ServerLog {

    private static final Path LOGS = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"))
            .resolve("usr/servers").resolve(System.getProperty("it.server.name", "lienthong-it")).resolve("logs");

    private final long offset;
    private final Set<String> incidentsBefore;

    private ServerLog(long offset, Set<String> incidentsBefore) {
        this.offset = offset;
        this.incidentsBefore = incidentsBefore;
    }

    /** Marks the end of the log as it is now; {@link #lines()} reads what comes after. */
    public static ServerLog mark() {
        return new ServerLog(size(messages()), incidents());
    }

    /** The lines written since the mark (from the start of the file if it rolled over since). */
    public List<String> lines() {
        Path file = messages();
        long from = size(file) < offset ? 0 : offset;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            byte[] bytes = new byte[(int) (in.length() - from)];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (the server writes its log asynchronously) until a line since the mark matches. */
    public List<String> awaitLines(Predicate<String> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<String> lines = lines();
            if (lines.stream().anyMatch(wanted) || Instant.now().isAfter(deadline)) {
                return lines;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Incident report files (FFDC) written since the mark. */
    public Set<String> newIncidents() {
        Set<String> now = incidents();
        now.removeAll(incidentsBefore);
        return now;
    }

    private static Path messages() {
        return LOGS.resolve("messages.log");
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> incidents() {
        Path ffdc = LOGS.resolve("ffdc");
        if (!Files.isDirectory(ffdc)) {
            return new java.util.HashSet<>();
        }
        try (Stream<Path> files = Files.list(ffdc)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("ffdc_"))
                    .collect(Collectors.toCollection(java.util.HashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
