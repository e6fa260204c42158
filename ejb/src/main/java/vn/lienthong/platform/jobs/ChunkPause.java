package vn.lienthong.platform.jobs;

import jakarta.batch.runtime.context.StepContext;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.time.Durations;

import java.time.Duration;
import java.util.Optional;

/**
 * A wait between chunks, so that a long run on a busy hub leaves the database and the disk to the traffic:
 * the writer marks a chunk that did work, and the reader waits before it reads the next one. The mark is the
 * step's transient user data, which lives as long as the step's execution on this thread.
 */
public final class ChunkPause {

    /** The longest pause a run may be asked for. */
    public static final Duration LONGEST = Duration.ofMinutes(1);

    private ChunkPause() {
    }

    /** Reads a pause an administrator asked for, written as the server variables write durations (500ms, 2s). */
    public static Optional<Duration> requested(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Durations.parse(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("pause", e.getMessage(), "'" + text + "' không phải khoảng thời gian như 500ms, 10s, 2m");
        }
    }

    /** Refuses a pause outside 0 to {@link #LONGEST}. */
    public static void check(Optional<Duration> pause) {
        if (pause.isPresent() && (pause.get().isNegative() || pause.get().compareTo(LONGEST) > 0)) {
            throw new InvalidRequestException("pause", "The pause after a chunk is 0 to 1 minute",
                    "Thời gian nghỉ sau mỗi phần là từ 0 đến 1 phút");
        }
    }

    /** Called by the writer after a chunk that did work. */
    public static void workDone(StepContext step) {
        step.setTransientUserData(Boolean.TRUE);
    }

    /** Called by the reader before each read: waits {@code pause} once after a chunk that did work. */
    public static void beforeRead(StepContext step, Duration pause) throws InterruptedException {
        if (Boolean.TRUE.equals(step.getTransientUserData()) && !pause.isZero()) {
            step.setTransientUserData(null);
            Thread.sleep(pause.toMillis());
        }
    }
}
