package vn.lienthong.evidence.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.evidence.chain.ChainLink;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The log's rows: entries pending, the chain head (locked to seal, or read as it stands) and pages of entries. */
@ApplicationScoped
public class EvidenceRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    /** The head, locked until the transaction ends: the next seal on any server waits here. */
    ChainHead lockHead() {
        ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The evidence chain head (evidence_chain_head, id 1) is missing: migration V24_1 inserts it");
        }
        return head;
    }

    /** The chain's last sequence and hash as committed now, without a lock. */
    public ChainPosition head() {
        ChainHead head = em.find(ChainHead.class, ChainHead.ID);
        return head == null ? ChainPosition.EMPTY : new ChainPosition(head.lastSequence(), head.lastHash());
    }

    void add(EvidenceEntry entry) {
        em.persist(entry);
    }

    /** Writes an entry to be sealed; its id is drawn from the sequence now, in the order of the calls. */
    void addPending(PendingEntry entry) {
        em.persist(entry);
    }

    /** At most {@code limit} committed pending entries, lowest id first. */
    List<PendingLink> pendingOldestFirst(int limit) {
        return em.createNamedQuery(PendingEntry.OLDEST_FIRST, PendingEntry.class).setMaxResults(limit).getResultList()
                .stream().map(PendingEntry::toLink).toList();
    }

    /** Removes the pending entries just sealed, by id: never one the sealer did not read. */
    void removePending(List<Long> ids) {
        em.createNamedQuery(PendingEntry.DELETE).setParameter("ids", ids).executeUpdate();
    }

    /** How many entries wait to be sealed, and when the oldest was recorded. */
    public SealingBacklog backlog() {
        long count = em.createNamedQuery(PendingEntry.COUNT, Long.class).getSingleResult();
        if (count == 0) {
            return SealingBacklog.NONE;
        }
        return new SealingBacklog(count, em.createNamedQuery(PendingEntry.OLDEST_FIRST, PendingEntry.class).setMaxResults(1)
                .getResultList().stream().findFirst().map(PendingEntry::at));
    }

    /** At most {@code limit} entries after {@code sequence}, in order, columns as stored. */
    public List<ChainLink> linksAfter(long sequence, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNamedQuery(EvidenceEntry.PAGE_AFTER).setParameter(1, sequence).setMaxResults(limit)
                .getResultList();
        return rows.stream().map(EvidenceRepository::link).toList();
    }

    /** The sequences of a document's entries, in order (index ix_evidence_entry_document): where its evidence bundle's proof starts and ends. */
    public List<Long> sequencesOf(String document) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNamedQuery(EvidenceEntry.OF_DOCUMENT).setParameter(1, document).getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    static ChainLink link(Object[] row) {
        return new ChainLink(((Number) row[0]).longValue(), instant(row[1]), (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], (String) row[6], (String) row[7], (String) row[8]);
    }

    private static java.time.Instant instant(Object value) {
        LocalDateTime local = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }
}
