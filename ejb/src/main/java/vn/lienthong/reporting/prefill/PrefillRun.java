package vn.lienthong.reporting.prefill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The last pre-fill run of a period: when, by whom, as which job execution, and whether the period's
 * data window had closed when it started (table prefill_run). The schedule runs a period whose window
 * closed until a run started after the close: an administrator's earlier run fixes figures that can
 * still change, so it does not count. Claiming a period is one insert or one conditional update, so
 * when two servers find the same period only one starts its run.
 */
@Entity
@Table(name = "prefill_run")
@NamedQuery(name = PrefillRun.PERIODS_DUE, query = "select p.id from ReportPeriod p where p.windowTo < :today "
        + "and p.windowTo >= :since and not exists (select r from PrefillRun r where r.periodId = p.id and r.finalRunAt is not null) "
        + "order by p.windowTo")
@NamedQuery(name = PrefillRun.CLAIM_CLOSED, query = "update PrefillRun r set r.finalRunAt = :at, r.startedAt = :at, "
        + "r.startedBy = :by, r.executionId = null where r.periodId = :period and r.finalRunAt is null")
public class PrefillRun {

    static final String PERIODS_DUE = "PrefillRun.periodsDue";
    static final String CLAIM_CLOSED = "PrefillRun.claimClosed";

    @Id
    @Column(name = "period_id", length = 36)
    private String periodId;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    /**
     * When the run that started after the data window closed started; null while none has (a time, not a
     * flag: Derby refuses EclipseLink's bound booleans in subqueries).
     */
    @Column(name = "final_run_at")
    private Instant finalRunAt;

    protected PrefillRun() {
        // for JPA
    }

    PrefillRun(String periodId, Instant startedAt, String startedBy, boolean windowClosed) {
        this.periodId = periodId;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.finalRunAt = windowClosed ? startedAt : null;
    }

    /** Taken again by an administrator's run. */
    void claimed(Instant at, String by, boolean windowClosed) {
        this.startedAt = at;
        this.startedBy = by;
        this.finalRunAt = windowClosed ? at : null;
        this.executionId = null;
    }

    void released() {
        this.finalRunAt = null;
    }

    void started(long executionId) {
        this.executionId = executionId;
    }
}
