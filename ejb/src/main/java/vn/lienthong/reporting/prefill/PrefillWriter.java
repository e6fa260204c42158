package vn.lienthong.reporting.prefill;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.platform.jobs.ChunkPause;
import vn.lienthong.reporting.obligation.Obligation;
import vn.lienthong.reporting.obligation.ObligationRepository;
import vn.lienthong.reporting.obligation.PeriodRepository;
import vn.lienthong.reporting.obligation.ReportPeriod;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.RegimeService;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Computes and fixes the figures of each obligation of the chunk, in the chunk's transaction (the rows
 * and the checkpoint commit together). Its checkpoint is the count of reporters done, also the step's
 * exit status ("reporters=120"), shown in Admin Center's Java Batch tool.
 */
@Named("prefillWriter")
@Dependent
public class PrefillWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "periodId")
    String periodId;

    @Inject
    ObligationRepository obligations;

    @Inject
    PeriodRepository periods;

    @EJB
    RegimeService regimes;

    @Inject
    HubFigures hubFigures;

    @Inject
    PrefillRepository prefill;

    @Inject
    StepContext step;

    @Inject
    Clock clock;

    private long done;

    @Override
    public void open(Serializable checkpoint) {
        done = checkpoint == null ? 0 : (Long) checkpoint;
        step.setExitStatus(exitStatus());
    }

    @Override
    public void writeItems(List<Object> items) {
        ReportPeriod period = periods.byId(periodId)
                .orElseThrow(() -> new IllegalStateException("The period " + periodId + " of this pre-fill run is gone"));
        RegimeDefinition definition = regimes.version(period.regimeCode(), period.regimeVersion()).definition();
        Instant now = clock.instant();
        for (Object item : items) {
            Obligation obligation = obligations.byId((Long) item);
            prefill.replace(obligation.id(), hubFigures.live(definition, obligation, period), now);
        }
        done += items.size();
        ChunkPause.workDone(step); // the reader pauses before the next chunk
        step.setExitStatus(exitStatus());
    }

    @Override
    public Serializable checkpointInfo() {
        return done;
    }

    private String exitStatus() {
        return "reporters=" + done;
    }
}
