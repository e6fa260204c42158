package vn.lienthong.exchange.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.edxml.BusinessType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Accepted documents: by id, by what makes a submission a retry (key, bytes, claimed DocumentId), by
 * the edXML id a later package names, and a sender's list. Documents are found by the hub's id as text,
 * their primary key, here and only here.
 */
@ApplicationScoped
public class DocumentRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public void add(Document document) {
        em.persist(document);
    }

    public Optional<Document> find(HubDocumentId id) {
        return Optional.ofNullable(em.find(Document.class, id.value()));
    }

    /** The document locked for the rest of the transaction: writers of one document take turns. */
    public Optional<Document> lock(HubDocumentId id) {
        return Optional.ofNullable(em.find(Document.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    public void lock(Document document) {
        em.lock(document, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The document with this id, which must be the sender's: unknown, or NOT_YOURS. */
    public Document sentBy(AgencyCode sender, HubDocumentId id) {
        Document document = find(id).orElseThrow(() -> new UnknownDocumentException(id.value()));
        if (!document.sender().equals(sender)) {
            throw new NotYoursException(id.value(), null);
        }
        return document;
    }

    /** The earlier submission with this Idempotency-Key from this sender, if any. */
    public Optional<Document> findByKey(AgencyCode sender, String idempotencyKey) {
        return em.createNamedQuery(Document.BY_KEY, Document.class)
                .setParameter("sender", sender).setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    /** The earlier submission of exactly these bytes by this sender, if any. */
    public Optional<Document> findByBytes(AgencyCode sender, String sha256) {
        return em.createNamedQuery(Document.BY_BYTES, Document.class)
                .setParameter("sender", sender).setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    /** The earlier submission that claimed this DocumentId with this business type ({@link Document#documentKey}), if any. */
    public Optional<Document> findClaiming(AgencyCode sender, String documentKey, BusinessType businessType) {
        return em.createNamedQuery(Document.CLAIMING, Document.class)
                .setParameter("sender", sender).setParameter("key", documentKey).setParameter("type", businessType.code())
                .getResultStream().findFirst();
    }

    /**
     * The earlier document of this sender's that {@code edxmlId} names: the one that claimed that
     * DocumentId as its own (a new document or a replacement, newest first), else the newest other
     * document (not a revoke) that carries it, such as an update sent under a DocumentId of its own.
     */
    public Optional<Document> findEarlier(AgencyCode sender, String edxmlId, HubDocumentId self) {
        return em.createNamedQuery(Document.EARLIER_CLAIMING, Document.class)
                .setParameter("sender", sender)
                .setParameter("key", Document.documentKey(edxmlId, BusinessType.NEW))
                .setParameter("revoke", BusinessType.REVOKE.code())
                .setParameter("self", self.value())
                .setMaxResults(1)
                .getResultStream().findFirst()
                .or(() -> em.createNamedQuery(Document.EARLIER_CARRYING, Document.class)
                        .setParameter("sender", sender)
                        .setParameter("edxmlId", edxmlId)
                        .setParameter("revoke", BusinessType.REVOKE.code())
                        .setParameter("self", self.value())
                        .setMaxResults(1)
                        .getResultStream().findFirst());
    }

    /** The newest document the sender sent under this edXML id. */
    public Optional<Document> latestSentUnder(AgencyCode sender, String edxmlId) {
        return em.createNamedQuery(Document.SENT_UNDER, Document.class)
                .setParameter("sender", sender).setParameter("edxmlId", edxmlId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Whether the sender sent any document under this edXML id. */
    public boolean anySentUnder(AgencyCode sender, String edxmlId) {
        return em.createNamedQuery(Document.COUNT_SENT_UNDER, Long.class)
                .setParameter("sender", sender).setParameter("edxmlId", edxmlId)
                .getSingleResult() > 0;
    }

    /** The newest document the sender sent under this edXML id that {@code recipient} received. */
    public Optional<HubDocumentId> latestReceivedUnder(AgencyCode sender, String edxmlId, AgencyCode recipient) {
        return em.createNamedQuery(Document.RECEIVED_UNDER, String.class)
                .setParameter("sender", sender).setParameter("edxmlId", edxmlId).setParameter("recipient", recipient)
                .setMaxResults(1)
                .getResultStream().findFirst().map(HubDocumentId::new);
    }

    /** What the sender sent, newest first, before a cursor: at most {@code max} documents. */
    public List<Document> sent(AgencyCode sender, Optional<HubDocumentId> before, int max) {
        var query = em.createNamedQuery(before.isPresent() ? Document.SENT_BEFORE : Document.SENT, Document.class)
                .setParameter("me", sender)
                .setMaxResults(max);
        before.ifPresent(cursor -> query.setParameter("before", cursor.value()));
        return query.getResultList();
    }

    /**
     * Documents whose package is still in the database, not held, accepted before {@code cutoff}, after
     * {@code after} in id order (time order), at most {@code max}: what a retention run looks at.
     */
    public List<HubDocumentId> retainedBefore(Instant cutoff, Optional<HubDocumentId> after, int max) {
        return retained(em.createNamedQuery(Document.RETAINED_BEFORE, String.class), cutoff, after, max);
    }

    /** The same, among documents of these categories only (a run an administrator limited). */
    public List<HubDocumentId> retainedBefore(Instant cutoff, Collection<RetentionCategory> categories,
                                              Optional<HubDocumentId> after, int max) {
        return retained(em.createNamedQuery(Document.RETAINED_BEFORE_IN, String.class)
                .setParameter("categories", categories.stream().map(RetentionCategory::value).toList()), cutoff, after, max);
    }

    private static List<HubDocumentId> retained(jakarta.persistence.TypedQuery<String> query, Instant cutoff,
                                                Optional<HubDocumentId> after, int max) {
        return query.setParameter("location", PackageLocation.DATABASE)
                .setParameter("cutoff", cutoff)
                .setParameter("after", after.map(HubDocumentId::value).orElse(""))
                .setMaxResults(max)
                .getResultList().stream().map(HubDocumentId::new).toList();
    }

    /** Of these ids, those of documents whose package is still in the package store (not archived or purged). */
    public List<HubDocumentId> keepingPackages(Collection<HubDocumentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Document.KEEPING_PACKAGES, String.class)
                .setParameter("ids", ids.stream().map(HubDocumentId::value).distinct().toList())
                .setParameter("location", PackageLocation.DATABASE)
                .getResultList().stream().map(HubDocumentId::new).toList();
    }

    /** The documents with these ids (in no particular order). */
    public List<Document> withIds(Collection<HubDocumentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Document.WITH_IDS, Document.class)
                .setParameter("ids", ids.stream().map(HubDocumentId::value).distinct().toList())
                .getResultList();
    }

    /** How many documents the hub accepted in {@code [from, to)} (the console's traffic per day). */
    public long countReceived(Instant from, Instant to) {
        return em.createNamedQuery(Document.COUNT_RECEIVED_BETWEEN, Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** How many of those were signed. */
    public long countSigned(Instant from, Instant to) {
        return em.createNamedQuery(Document.COUNT_SIGNED_BETWEEN, Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Documents accepted in {@code [from, to)}, newest first, optionally only one sender's: at most {@code max}. */
    public List<Document> receivedBetween(Optional<AgencyCode> sender, Instant from, Instant to, int max) {
        var query = em.createNamedQuery(sender.isPresent() ? Document.SENT_BETWEEN : Document.RECEIVED_BETWEEN, Document.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max);
        sender.ifPresent(s -> query.setParameter("sender", s));
        return query.getResultList();
    }
}
