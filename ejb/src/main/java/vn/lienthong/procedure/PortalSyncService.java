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
 * The portal outbox's bookkeeping: which changes are due, in order per dossier; their outcome with
 * the backoff of {@code lienthong.portal.backoff}; the failures an administrator sees and re-drives.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PortalSyncService {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    /**
     * Claims up to {@code limit} due changes, each the oldest unsent change of its dossier, so that the
     * portal sees a dossier's statuses in the order they happened; a later change waits behind an
     * earlier one that is pending or failed. The claim is a lease (a conditional update of the due
     * time), so that two servers do not send the same change in the same round.
     */
    public List<PortalSync> claimDue(int limit, Duration lease) {
        Instant now = clock.instant();
        List<PortalSync> due = em.createQuery("""
                        select s from PortalSync s where s.state = :pending and s.nextAttemptAt <= :now
                        and not exists (select e from PortalSync e where e.dossierCode = s.dossierCode
                                        and e.seq < s.seq and e.state <> :sent)
                        order by s.nextAttemptAt, s.dossierCode, s.seq""", PortalSync.class)
                .setParameter("pending", PortalSyncState.PENDING).setParameter("sent", PortalSyncState.SENT)
                .setParameter("now", now).setMaxResults(limit).getResultList();
        List<PortalSync> claimed = new ArrayList<>();
        Instant until = now.plus(lease);
        for (PortalSync s : due) {
            int taken = em.createQuery("""
                            update PortalSync s set s.nextAttemptAt = :until where s.dossierCode = :code and s.seq = :seq
                            and s.state = :pending and s.nextAttemptAt = :seen""")
                    .setParameter("until", until).setParameter("code", s.dossierCode()).setParameter("seq", s.seq())
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

    /** @return the change's state after the failure: PENDING with a later attempt, or FAILED */
    public PortalSyncState failed(String code, int seq, String error) {
        PortalSync sync = find(code, seq);
        sync.failed(error, settings.backoff().delayAfter(sync.attempts() + 1).map(clock.instant()::plus));
        return sync.state();
    }

    public List<PortalSync> failures(int limit) {
        return em.createQuery("select s from PortalSync s where s.state = :failed order by s.dossierCode, s.seq", PortalSync.class)
                .setParameter("failed", PortalSyncState.FAILED).setMaxResults(limit).getResultList();
    }

    /** Puts a failed change back in the queue with a fresh set of attempts. */
    public PortalSync retry(String code, int seq) {
        PortalSync sync = find(code, seq);
        if (sync.state() != PortalSyncState.FAILED) {
            throw new PortalSyncNotFailedException(code, seq, sync.state());
        }
        sync.redrive(clock.instant());
        return sync;
    }

    /** The latest change of each dossier, most recent first: it carries the status the portal should show. */
    public List<PortalSync> latestChanges(int limit) {
        return em.createQuery("""
                        select s from PortalSync s
                        where s.seq = (select max(e.seq) from PortalSync e where e.dossierCode = s.dossierCode)
                        order by s.createdAt desc, s.dossierCode""", PortalSync.class)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Sends a dossier's current status again: its failed changes and its latest change go back in the
     * queue. A latest change still pending is on its way already and is left alone.
     * @return whether anything was queued
     */
    public boolean resend(String code) {
        List<PortalSync> changes = of(code);
        if (changes.isEmpty()) {
            throw new UnknownPortalSyncException(code, 0);
        }
        boolean queued = false;
        Instant now = clock.instant();
        for (PortalSync change : changes) {
            boolean latest = change == changes.get(changes.size() - 1);
            if (change.state() == PortalSyncState.FAILED || (latest && change.state() == PortalSyncState.SENT)) {
                change.redrive(now);
                queued = true;
            }
        }
        return queued;
    }

    public List<PortalSync> of(String code) {
        return em.createQuery("select s from PortalSync s where s.dossierCode = :code order by s.seq", PortalSync.class)
                .setParameter("code", code).getResultList();
    }

    private PortalSync find(String code, int seq) {
        PortalSync sync = em.find(PortalSync.class, new DossierChildKey(code, seq));
        if (sync == null) {
            throw new UnknownPortalSyncException(code, seq);
        }
        return sync;
    }
}
