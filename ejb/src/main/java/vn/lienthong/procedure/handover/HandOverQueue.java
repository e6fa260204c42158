package vn.lienthong.procedure.handover;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.lienthong.platform.outbox.Claimed;
import vn.lienthong.platform.outbox.LeaseToken;
import vn.lienthong.procedure.dossier.DossierChildKey;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The hand-over outbox's bookkeeping, as {@link vn.lienthong.procedure.portal.PortalSyncService} keeps the portal's: which
 * hand-overs are due (each claimed by a lease right before its submission, so two servers never
 * submit the same one),
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

    /** Up to {@code limit} due hand-overs; the relay claims each right before it submits it ({@link #claim}). */
    public List<DossierChildKey> due(int limit) {
        return em.createQuery("""
                        select h from PendingHandOver h where h.state = :pending and h.nextAttemptAt <= :now
                        order by h.nextAttemptAt, h.dossierCode, h.seq""", PendingHandOver.class)
                .setParameter("pending", HandOverState.PENDING).setParameter("now", clock.instant())
                .setMaxResults(limit).getResultStream()
                .map(h -> new DossierChildKey(h.dossierCode(), h.step())).toList();
    }

    /** Claims one hand-over for one submission (platform.outbox.Lease): empty when another server has it. */
    public Optional<Claimed<PendingHandOver>> claim(DossierChildKey key, Duration lease) {
        PendingHandOver handOver = em.find(PendingHandOver.class, key);
        if (handOver == null) {
            return Optional.empty();
        }
        return handOver.claim(clock.instant(), lease).map(token -> new Claimed<>(handOver, token));
    }

    /** @return false when {@code holder} lost its lease: the outcome is another server's to record */
    public boolean sent(String code, int step, LeaseToken holder) {
        return find(code, step).sent(clock.instant(), holder);
    }

    /**
     * @return the hand-over's state after the failure (PENDING with a later attempt, or FAILED); empty
     * when {@code holder} lost its lease and nothing was recorded
     */
    public Optional<HandOverState> failed(String code, int step, String error, LeaseToken holder) {
        PendingHandOver handOver = find(code, step);
        boolean recorded = handOver.failed(error,
                settings.backoff().delayAfter(handOver.attempts() + 1).map(clock.instant()::plus), holder);
        return recorded ? Optional.of(handOver.state()) : Optional.empty();
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
