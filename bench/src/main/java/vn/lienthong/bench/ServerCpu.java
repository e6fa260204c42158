package vn.lienthong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The server process's CPU time (user + system, all its threads) as Linux accounts it in
 * {@code /proc/<pid>/stat}: read before and after a run, its difference over the requests sent is
 * what each request cost the server, whatever the wall clock of a shared machine says. Work a
 * request leaves behind (the delivery consumer, the message log's sealer) is counted too, as it
 * should be; work of nobody's request (schedules) is measured over an idle interval and printed
 * beside it.
 */
final class ServerCpu {

    /** {@code sysconf(_SC_CLK_TCK)}: 100 on every Linux the hub runs on. */
    static final long TICKS_PER_SECOND = 100;

    private final Path stat;

    private ServerCpu(Path stat) {
        this.stat = stat;
    }

    static Optional<ServerCpu> of(Optional<Long> pid) {
        return pid.map(p -> Path.of("/proc", Long.toString(p), "stat")).filter(Files::isReadable).map(ServerCpu::new);
    }

    /** The process's CPU time so far, in nanoseconds (10 ms resolution). */
    long nanos() {
        try {
            return parse(Files.readString(stat));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + stat + ": the server went away?", e);
        }
    }

    /**
     * utime and stime, the 14th and 15th fields. The command name (2nd field) is in parentheses and
     * may hold spaces, so fields are counted after its closing parenthesis.
     */
    static long parse(String statLine) {
        int close = statLine.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + statLine);
        }
        String[] fields = statLine.substring(close + 1).strip().split("\\s+");
        // fields[0] is the 3rd field (state): utime is the 14th, so fields[11]; stime fields[12].
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000_000_000L / TICKS_PER_SECOND;
    }
}
