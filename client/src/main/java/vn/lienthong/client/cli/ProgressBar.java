package vn.lienthong.client.cli;

import vn.lienthong.client.http.Progress;

import java.io.PrintStream;

/**
 * A progress bar on standard error for transfers of a megabyte or more, redrawn at most five times a
 * second, so that standard output stays the command's answer alone.
 */
final class ProgressBar implements Progress {

    private static final long SHOWN_FROM = 1 << 20;
    private static final int WIDTH = 30;

    private final String label;
    private final PrintStream err;
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(String label, PrintStream err) {
        this.label = label;
        this.err = err;
    }

    @Override
    public void update(long done, long total) {
        if (total < SHOWN_FROM && done < SHOWN_FROM) {
            return;
        }
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (!finished && drawn && now - lastDrawn < 200_000_000L) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        if (total > 0) {
            int filled = (int) (WIDTH * done / total);
            err.printf("\r%s [%s%s] %3d%% %s / %s", label, "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * done / total,
                    size(done), size(total));
        } else {
            err.printf("\r%s %s", label, size(done));
        }
        if (finished) {
            err.println();
        }
        err.flush();
    }

    static String size(long bytes) {
        return bytes >= 1 << 20 ? "%.1f MiB".formatted(bytes / 1048576.0) : "%d KiB".formatted(bytes / 1024);
    }
}
