package vn.lienthong.exchange.retention;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.platform.jobs.ChunkPause;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.RetentionCategory;
import vn.lienthong.platform.time.Durations;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ids of documents whose package is still in the database, unheld and older than the
 * shortest retention period, in id (acceptance) order, a page at a time. Its checkpoint is the last id
 * handed out, so a restarted run goes on after it. With {@code pause}, it waits that long after each
 * chunk that disposed of something, so that a run on a busy hub leaves the disk to the traffic.
 */
@Named("retentionReader")
@Dependent
public class RetentionReader extends AbstractItemReader {

    static final String DISPOSED_IN_CHUNK = "disposed";
    private static final int PAGE = 200;

    @Inject
    DocumentRepository documents;

    @Inject
    RetentionRuleRepository rules;

    @Inject
    Clock clock;

    @Inject
    StepContext step;

    /** Comma-separated categories a run is limited to; empty for all. */
    @Inject
    @BatchProperty(name = "categories")
    String categories;

    @Inject
    @BatchProperty(name = "pause")
    String pause;

    private Instant cutoff;
    private List<RetentionCategory> only;
    private Duration pauseAfterChunk;
    private HubDocumentId last;
    private final Deque<HubDocumentId> page = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? null : new HubDocumentId((String) checkpoint);
        only = categories == null || categories.isBlank() ? List.of()
                : Arrays.stream(categories.split(",")).map(String::strip).filter(c -> !c.isEmpty()).map(RetentionCategory::new).toList();
        pauseAfterChunk = pause == null || pause.isBlank() ? Duration.ZERO : Durations.parse(pause);
        Optional<Integer> shortest = rules.settings().shortestPeriodDays();
        exhausted = shortest.isEmpty();
        cutoff = clock.instant().minus(Duration.ofDays(shortest.orElse(0)));
    }

    @Override
    public Object readItem() throws InterruptedException {
        ChunkPause.beforeRead(step, pauseAfterChunk);
        if (page.isEmpty() && !exhausted) {
            List<HubDocumentId> next = only.isEmpty()
                    ? documents.retainedBefore(cutoff, Optional.ofNullable(last), PAGE)
                    : documents.retainedBefore(cutoff, only, Optional.ofNullable(last), PAGE);
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        HubDocumentId id = page.poll();
        if (id == null) {
            return null;
        }
        last = id;
        return id.value();
    }

    @Override
    public Serializable checkpointInfo() {
        return last == null ? null : last.value();
    }
}
