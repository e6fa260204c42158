package vn.lienthong.reporting.prefill;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Named;
import vn.lienthong.platform.jobs.ChunkPause;
import vn.lienthong.platform.time.Durations;
import vn.lienthong.reporting.obligation.Obligation;
import vn.lienthong.reporting.obligation.ObligationRepository;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the obligations of the run's period (one per reporter), in reporters' code order. Its checkpoint
 * is the last reporter's code handed out, so a restarted run goes on after it. A period has one
 * obligation per reporter (thousands at most), so their ids are read at once. With {@code pause}, it waits
 * that long after each chunk, so that a run on a busy hub leaves the database to the traffic.
 */
@Named("prefillReader")
@Dependent
public class PrefillReader extends AbstractItemReader {

    @Inject
    ObligationRepository obligations;

    @Inject
    @BatchProperty(name = "periodId")
    String periodId;

    @Inject
    @BatchProperty(name = "pause")
    String pause;

    @Inject
    StepContext step;

    private Duration pauseAfterChunk;

    private final Deque<Obligation> left = new ArrayDeque<>();
    private String last;

    @Override
    public void open(Serializable checkpoint) {
        last = (String) checkpoint;
        pauseAfterChunk = pause == null || pause.isBlank() ? Duration.ZERO : Durations.parse(pause);
        for (Obligation obligation : obligations.ofPeriod(periodId)) {
            if (last == null || obligation.agency().value().compareTo(last) > 0) {
                left.add(obligation);
            }
        }
    }

    @Override
    public Object readItem() throws InterruptedException {
        ChunkPause.beforeRead(step, pauseAfterChunk);
        Obligation next = left.poll();
        if (next == null) {
            return null;
        }
        last = next.agency().value();
        return next.id();
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
