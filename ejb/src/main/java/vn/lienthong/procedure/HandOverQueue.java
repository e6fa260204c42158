package vn.lienthong.procedure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-over outbox's bookkeeping, as {@link PortalSyncService} keeps the portal's: which
 * hand-overs are due (claimed by a lease, so two servers never submit the same one in one round),
 * their outcome with the backoff of {@code lienthong.handover.backoff}, and the failures an
 * administrator sees and re-drives.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HandOverQueue {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    HandOverSettings settings;

    @Inject
    Clock clock;

    public List<PendingHandOver> claimDue(int limit, Duration lease) {
        Instant now = clock.instant();
        List<PendingHandOver> due = em.createQuery("""
                        select h from PendingHandOver h where h.state = :pending and h.nextAttemptAt <= :now
                        order by h.nextAttemptAt, h.dossierCode, h.seq""", PendingHandOver.class)
                .setParameter("pending", HandOverState.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        List<PendingHandOver> claimed = new ArrayList<>();
        Instant until = now.plus(lease);
        for (PendingHandOver h : due) {
            int taken = em.createQuery("""
                            update PendingHandOver h set h.nextAttemptAt = :until where h.dossierCode = :code and h.seq = :step
                            and h.state = :pending and h.nextAttemptAt = :seen""")
                    .setParameter("until", until).setParameter("code", h.dossierCode()).setParameter("step", h.step())
                    .setParameter("pending", HandOverState.PENDING).setParameter("seen", h.nextAttemptAt())
                    .executeUpdate();
            if (taken == 1) {
                claimed.add(h);
            }
        }
        return claimed;
    }

    public void sent(String code, int step) {
        find(code, step).sent(clock.instant());
    }

    /** @return the hand-over's state after the failure: PENDING with a later attempt, or FAILED */
    public HandOverState failed(String code, int step, String error) {
        PendingHandOver handOver = find(code, step);
        handOver.failed(error, settings.backoff().delayAfter(handOver.attempts() + 1).map(clock.instant()::plus));
        return handOver.state();
    }

    public List<PendingHandOver> failures(int limit) {
        return em.createQuery("select h from PendingHandOver h where h.state = :failed order by h.dossierCode, h.seq",
                        PendingHandOver.class)
                .setParameter("failed", HandOverState.FAILED).setMaxResults(limit).getResultList();
    }

    /** Puts a failed hand-over back in the queue with a fresh set of attempts. */
    public PendingHandOver retry(String code, int step) {
        PendingHandOver handOver = find(code, step);
        if (handOver.state() != HandOverState.FAILED) {
            throw new HandOverNotFailedException(code, step, handOver.state());
        }
        handOver.redrive(clock.instant());
        return handOver;
    }

    public List<PendingHandOver> of(String code) {
        return em.createQuery("select h from PendingHandOver h where h.dossierCode = :code order by h.seq",
                PendingHandOver.class).setParameter("code", code).getResultList();
    }

    private PendingHandOver find(String code, int step) {
        PendingHandOver handOver = em.find(PendingHandOver.class, new DossierChildKey(code, step));
        if (handOver == null) {
            throw new UnknownHandOverException(code, step);
        }
        return handOver;
    }
}
