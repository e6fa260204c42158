package vn.lienthong.exchange.retention;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.platform.jobs.ChunkPause;
import vn.lienthong.exchange.document.HubDocumentId;

import java.io.Serializable;
import java.util.List;

/**
 * Disposes of each document of the chunk under the rules as they stood when this run (or its restart)
 * opened, in the chunk's transaction. Its checkpoint is the running count, which is also the step's exit
 * status ("archived=3 purged=1 kept=12"), shown in Admin Center's Java Batch tool.
 */
@Named("retentionWriter")
@Dependent
public class RetentionWriter extends AbstractItemWriter {

    @Inject
    PackageDisposals disposals;

    @Inject
    RetentionRuleRepository rules;

    @Inject
    StepContext step;

    private RetentionRules settings;
    private RetentionCounts counts;

    @Override
    public void open(Serializable checkpoint) {
        counts = checkpoint == null ? RetentionCounts.NONE : RetentionCounts.parse((String) checkpoint);
        settings = rules.settings();
        // Written now as well as after each chunk, so a run (or a restart) that finds nothing to read still
        // ends with its counts rather than the runtime's bare "COMPLETED".
        step.setExitStatus(counts.toString());
    }

    @Override
    public void writeItems(List<Object> items) {
        RetentionCounts now = counts;
        boolean disposed = false;
        for (Object item : items) {
            DisposalOutcome outcome = disposals.dispose(new HubDocumentId((String) item), settings);
            now = now.plus(outcome);
            disposed |= outcome != DisposalOutcome.KEPT;
        }
        counts = now;
        step.setExitStatus(counts.toString());
        if (disposed) {
            ChunkPause.workDone(step); // the reader pauses before the next chunk
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return counts.toString();
    }
}
