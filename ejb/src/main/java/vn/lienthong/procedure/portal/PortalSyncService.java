package vn.lienthong.procedure.portal;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
     * Up to {@code limit} due changes, each the oldest unsent change of its dossier, so that the
     * portal sees a dossier's statuses in the order they happened; a later change waits behind an
     * earlier one that is pending or failed. Listing claims nothing: the relay claims each change
     * right before it sends it ({@link #claim}).
     */
    public List<DossierChildKey> due(int limit) {
        return em.createQuery("""
                        select s from PortalSync s where s.state = :pending and s.nextAttemptAt <= :now
                        and not exists (select e from PortalSync e where e.dossierCode = s.dossierCode
                                        and e.seq < s.seq and e.state <> :sent)
                        order by s.nextAttemptAt, s.dossierCode, s.seq""", PortalSync.class)
                .setParameter("pending", PortalSyncState.PENDING).setParameter("sent", PortalSyncState.SENT)
                .setParameter("now", clock.instant()).setMaxResults(limit).getResultStream()
                .map(s -> new DossierChildKey(s.dossierCode(), s.seq())).toList();
    }

    /**
     * Claims one change for one send with a lease of {@code lease} (platform.outbox.Lease): empty when it is
     * no longer pending and due, e.g. another server claimed it first.
     */
    public Optional<Claimed<PortalSync>> claim(DossierChildKey key, Duration lease) {
        PortalSync sync = em.find(PortalSync.class, key);
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
     * @return the change's state after the failure (PENDING with a later attempt, or FAILED); empty
     * when {@code holder} lost its lease and nothing was recorded
     */
    public Optional<PortalSyncState> failed(String code, int seq, String error, LeaseToken holder) {
        PortalSync sync = find(code, seq);
        boolean recorded = sync.failed(error, settings.backoff().delayAfter(sync.attempts() + 1).map(clock.instant()::plus),
                holder);
        return recorded ? Optional.of(sync.state()) : Optional.empty();
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
