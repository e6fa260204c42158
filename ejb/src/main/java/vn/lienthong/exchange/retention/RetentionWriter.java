package vn.lienthong.exchange.retention;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
            step.setTransientUserData(Boolean.TRUE); // the reader pauses before the next chunk
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return counts.toString();
    }
}
