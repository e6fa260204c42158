package vn.lienthong.procedure.feedback;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.procedure.PortalSettings;
import vn.lienthong.procedure.PortalSyncState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The feedback outbox's bookkeeping, as {@code PortalSyncService} keeps the dossiers': which
 * publications are due (claimed by a lease, so two servers never send the same one in one round),
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

    public List<FeedbackSync> claimDue(int limit, Duration lease) {
        Instant now = clock.instant();
        List<FeedbackSync> due = em.createQuery("""
                        select s from FeedbackSync s where s.state = :pending and s.nextAttemptAt <= :now
                        order by s.nextAttemptAt, s.feedbackCode, s.seq""", FeedbackSync.class)
                .setParameter("pending", PortalSyncState.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        List<FeedbackSync> claimed = new ArrayList<>();
        Instant until = now.plus(lease);
        for (FeedbackSync s : due) {
            int taken = em.createQuery("""
                            update FeedbackSync s set s.nextAttemptAt = :until where s.feedbackCode = :code and s.seq = :seq
                            and s.state = :pending and s.nextAttemptAt = :seen""")
                    .setParameter("until", until).setParameter("code", s.feedbackCode()).setParameter("seq", s.seq())
                    .setParameter("pending", PortalSyncState.PENDING).setParameter("seen", s.nextAttemptAt())
                    .executeUpdate();
            if (taken == 1) {
                claimed.add(s);
            }
        }
        return claimed;
    }

    public void sent(String code, int seq) {
        find(code, seq).sent(clock.instant());
    }

    /** @return the publication's state after the failure: PENDING with a later attempt, or FAILED */
    public PortalSyncState failed(String code, int seq, String error) {
        FeedbackSync sync = find(code, seq);
        sync.failed(error, settings.backoff().delayAfter(sync.attempts() + 1).map(clock.instant()::plus));
        return sync.state();
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
