package vn.lienthong.reporting.prefill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fixed figures of obligations and the record of pre-fill runs per period. */
@ApplicationScoped
public class PrefillRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public Optional<FrozenFigures> frozen(long obligationId) {
        List<PrefillFigure> rows = em.createNamedQuery(PrefillFigure.OF_OBLIGATION, PrefillFigure.class)
                .setParameter("obligation", obligationId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> figures = new HashMap<>();
        rows.forEach(r -> figures.put(r.indicator(), plain(r.figure())));
        return Optional.of(new FrozenFigures(rows.get(0).computedAt(), figures));
    }

    /** The figure as it was computed: the column's six decimals dropped where they are zeros, never an exponent. */
    private static BigDecimal plain(BigDecimal figure) {
        if (figure == null) {
            return null;
        }
        BigDecimal stripped = figure.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Replaces the obligation's figures: a restarted run that passes a reporter again writes the same rows anew. */
    void replace(long obligationId, Map<String, BigDecimal> figures, Instant computedAt) {
        em.createNamedQuery(PrefillFigure.REMOVE_OF_OBLIGATION).setParameter("obligation", obligationId).executeUpdate();
        figures.forEach((code, figure) -> em.persist(new PrefillFigure(obligationId, code, figure, computedAt)));
    }

    Optional<PrefillRun> run(String periodId) {
        return Optional.ofNullable(em.find(PrefillRun.class, periodId));
    }

    /**
     * Claims the period for an administrator's run, whatever ran before. Flushed, so that a second server's
     * insert of the same period fails here rather than at commit.
     */
    void claim(String periodId, Instant at, String by, boolean windowClosed) {
        Optional<PrefillRun> run = run(periodId);
        if (run.isPresent()) {
            run.get().claimed(at, by, windowClosed);
        } else {
            em.persist(new PrefillRun(periodId, at, by, windowClosed));
        }
        em.flush();
    }

    /**
     * Claims a period whose window closed for the schedule: true when this call took it (the row is new, or
     * its last run was before the close); false when a run after the close was claimed already.
     */
    boolean claimClosed(String periodId, Instant at, String by) {
        if (run(periodId).isEmpty()) {
            em.persist(new PrefillRun(periodId, at, by, true));
            em.flush(); // another server's insert of the same period fails on the key
            return true;
        }
        return em.createNamedQuery(PrefillRun.CLAIM_CLOSED).setParameter("at", at).setParameter("by", by)
                .setParameter("period", periodId).executeUpdate() == 1;
    }

    /** Periods whose data window closed (before {@code today}, not before {@code since}) and that no run has pre-filled. */
    List<String> periodsDue(LocalDate today, LocalDate since, int limit) {
        return em.createNamedQuery(PrefillRun.PERIODS_DUE, String.class).setParameter("today", today)
                .setParameter("since", since).setMaxResults(limit).getResultList();
    }
}
