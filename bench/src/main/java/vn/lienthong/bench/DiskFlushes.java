package vn.lienthong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The machine's disk flushes (cache flush requests completed, the 16th statistic after the device
 * name in {@code /proc/diskstats}, Linux 5.5 and later) and writes completed, summed over its whole
 * disks. Every durable commit ends in a flush, whether the database forces its log file or writes it
 * with O_SYNC: so the flushes a run made, over the documents it carried, are how many durable writes
 * each document cost, and fewer than one per commit means commits shared their flushes (group commit).
 * The file system's own journal commits count too; on the benchmark machine the idle server made
 * none in 30 s (docs/benchmarks.md), so a run's count is its documents' own.
 */
final class DiskFlushes {

    private static final Path DISKSTATS = Path.of("/proc/diskstats");

    record Counts(long flushes, long writes) {
        Counts minus(Counts earlier) {
            return new Counts(flushes - earlier.flushes, writes - earlier.writes);
        }
    }

    private DiskFlushes() {
    }

    /** The counts now, or empty where the kernel does not give flushes (not Linux, or older than 5.5). */
    static Optional<Counts> now() {
        try {
            return parse(Files.readString(DISKSTATS));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Sums the whole disks' lines: partitions repeat their disk's flushes and device-mapper or loop
     * devices pass theirs on to a disk, so only devices that have a {@code /sys/block/<name>/device}
     * link would be exact; this counts every line whose name is not a partition of the line before,
     * nor a loop, RAM or zram device, which on the machines of docs/benchmarks.md is the one disk.
     */
    static Optional<Counts> parse(String diskstats) {
        long flushes = 0;
        long writes = 0;
        boolean any = false;
        String disk = null;
        for (String line : diskstats.split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 20) {
                continue;
            }
            String name = f[2];
            if (name.startsWith("loop") || name.startsWith("ram") || name.startsWith("zram")) {
                continue;
            }
            if (disk != null && name.startsWith(disk) && name.length() > disk.length()) {
                continue; // a partition of the disk just counted
            }
            disk = name;
            writes += Long.parseLong(f[7]);
            flushes += Long.parseLong(f[18]);
            any = true;
        }
        return any ? Optional.of(new Counts(flushes, writes)) : Optional.empty();
    }
}
