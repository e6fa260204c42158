package vn.lienthong.exchange.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The statuses recipients reported, in the order the hub received them. */
@ApplicationScoped
public class StatusReportRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    /** Stored at once: the verdict recorded with it references it, and EclipseLink does not order inserts of unrelated entities. */
    void add(StatusReport report) {
        em.persist(report);
        em.flush();
    }

    /** Of these ids, those that are status reports (whose packages the package store keeps under the same ids). */
    public List<HubDocumentId> existing(Collection<HubDocumentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(StatusReport.WITH_IDS, String.class)
                .setParameter("ids", ids.stream().map(HubDocumentId::value).distinct().toList())
                .getResultList().stream().map(HubDocumentId::new).toList();
    }

    /** The statuses reported about several documents (a page of a sent list). */
    public List<StatusReport> ofDocuments(Collection<HubDocumentId> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(StatusReport.OF_DOCUMENTS, StatusReport.class)
                .setParameter("documents", List.copyOf(documents)).getResultList();
    }

    /** The status this reporter reported about the document with exactly these bytes, if any (the first such). */
    Optional<StatusReport> samePackage(HubDocumentId document, AgencyCode reporter, String sha256) {
        return em.createNamedQuery(StatusReport.SAME_PACKAGE, StatusReport.class)
                .setParameter("document", document).setParameter("reporter", reporter).setParameter("sha256", sha256)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Every answer to a take-back (15 agree, 16 refuse) about a document, oldest first. */
    List<StatusReport> takeBackAnswers(HubDocumentId document) {
        return em.createNamedQuery(StatusReport.TAKE_BACK_ANSWERS, StatusReport.class)
                .setParameter("document", document).getResultList();
    }

    /** How many statuses with this code recipients reported in {@code [from, to)} (refusals per day on the console). */
    public long countWithCode(String code, Instant from, Instant to) {
        return em.createNamedQuery(StatusReport.COUNT_WITH_CODE_BETWEEN, Long.class)
                .setParameter("code", code).setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
