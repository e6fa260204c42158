package vn.lienthong.platform.jobs;

import jakarta.batch.runtime.context.StepContext;

import java.time.Duration;

/**
 * A wait between chunks, so that a long run on a busy hub leaves the database and the disk to the traffic:
 * the writer marks a chunk that did work, and the reader waits before it reads the next one. The mark is the
 * step's transient user data, which lives as long as the step's execution on this thread.
 */
public final class ChunkPause {

    private ChunkPause() {
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
