package vn.lienthong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The machine a figure was measured on, and how busy it was: printed with every result. */
final class MachineInfo {

    private MachineInfo() {
    }

    static String describe() {
        String cpu = linesOf("/proc/cpuinfo").flatMap(text -> text.lines().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip())).orElse("unknown CPU");
        String memory = linesOf("/proc/meminfo").flatMap(text -> text.lines().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB RAM", kb / 1024.0 / 1024.0);
                })).orElse("unknown RAM");
        return String.format(Locale.ROOT, "%d cores (nproc), %s, %s, JDK %s (%s)", Runtime.getRuntime().availableProcessors(),
                cpu, memory, Runtime.version(), System.getProperty("java.vm.name"));
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg. */
    static String loadAverage() {
        return linesOf("/proc/loadavg").map(text -> {
            String[] parts = text.strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        }).orElse("unknown");
    }

    private static Optional<String> linesOf(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
