package vn.lienthong.procedure.feedback;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.procedure.portal.PortalSettings;
import vn.lienthong.procedure.portal.PortalSyncState;

import vn.lienthong.platform.outbox.Claimed;
import vn.lienthong.platform.outbox.LeaseToken;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The feedback outbox's bookkeeping, as {@code PortalSyncService} keeps the dossiers': which
 * publications are due (each claimed by a lease right before its send, so two servers never send
 * the same one),
 * their outcome with the backoff of {@code lienthong.portal.backoff}, and the failures an
 * administrator sees and re-drives.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FeedbackSyncService {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    /** Up to {@code limit} due publications; the relay claims each right before it sends it ({@link #claim}). */
    public List<FeedbackChildKey> due(int limit) {
        return em.createQuery("""
                        select s from FeedbackSync s where s.state = :pending and s.nextAttemptAt <= :now
                        order by s.nextAttemptAt, s.feedbackCode, s.seq""", FeedbackSync.class)
                .setParameter("pending", PortalSyncState.PENDING).setParameter("now", clock.instant())
                .setMaxResults(limit).getResultStream()
                .map(s -> new FeedbackChildKey(s.feedbackCode(), s.seq())).toList();
    }

    /** Claims one publication for one send (platform.outbox.Lease): empty when another server has it. */
    public Optional<Claimed<FeedbackSync>> claim(FeedbackChildKey key, Duration lease) {
        FeedbackSync sync = em.find(FeedbackSync.class, key);
        if (sync == null) {
            return Optional.empty();
        }
        return sync.claim(clock.instant(), lease).map(token -> new Claimed<>(sync, token));
    }

    /** @return false when {@code holder} lost its lease: the outcome is another server's to record */
    public boolean sent(String code, int seq, LeaseToken holder) {
        return find(code, seq).sent(clock.instant(), holder);
    }

    /**
     * @return the publication's state after the failure (PENDING with a later attempt, or FAILED);
     * empty when {@code holder} lost its lease and nothing was recorded
     */
    public Optional<PortalSyncState> failed(String code, int seq, String error, LeaseToken holder) {
        FeedbackSync sync = find(code, seq);
        boolean recorded = sync.failed(error, settings.backoff().delayAfter(sync.attempts() + 1).map(clock.instant()::plus),
                holder);
        return recorded ? Optional.of(sync.state()) : Optional.empty();
    }

    public List<FeedbackSync> failures(int limit) {
        return em.createQuery("select s from FeedbackSync s where s.state = :failed order by s.feedbackCode, s.seq",
                        FeedbackSync.class)
                .setParameter("failed", PortalSyncState.FAILED).setMaxResults(limit).getResultList();
    }

    /** Puts a failed publication back in the queue with a fresh set of attempts. */
    public FeedbackSync retry(String code, int seq) {
        FeedbackSync sync = find(code, seq);
        if (sync.state() != PortalSyncState.FAILED) {
            throw new FeedbackSyncNotFailedException(code, seq, sync.state());
        }
        sync.redrive(clock.instant());
        return sync;
    }

    public List<FeedbackSync> of(String code) {
        return em.createQuery("select s from FeedbackSync s where s.feedbackCode = :code order by s.seq", FeedbackSync.class)
                .setParameter("code", code).getResultList();
    }

    private FeedbackSync find(String code, int seq) {
        FeedbackSync sync = em.find(FeedbackSync.class, new FeedbackChildKey(code, seq));
        if (sync == null) {
            throw new UnknownFeedbackSyncException(code, seq);
        }
        return sync;
    }
}
