package vn.lienthong.signature.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored verdicts of documents' and status packages' signatures, by the package's id (opaque text here). */
@ApplicationScoped
public class VerdictRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    void add(RecordedVerdict verdict) {
        em.persist(verdict);
    }

    Optional<VerdictRecord> ofDocument(String documentId) {
        return Optional.ofNullable(em.find(VerdictRecord.class, documentId));
    }

    List<VerdictRecord> ofDocuments(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(VerdictRecord.OF_DOCUMENTS, VerdictRecord.class)
                .setParameter("ids", List.copyOf(documentIds)).getResultList();
    }

    List<StatusVerdictRecord> ofStatuses(Collection<String> statusIds) {
        if (statusIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(StatusVerdictRecord.OF_STATUSES, StatusVerdictRecord.class)
                .setParameter("ids", List.copyOf(statusIds)).getResultList();
    }

    /** Per sending agency and outcome, how many documents: rows of (AgencyCode, SignatureOutcome, Long). */
    List<Object[]> countsPerSender() {
        return em.createNamedQuery(VerdictRecord.PER_SENDER, Object[].class).getResultList();
    }
}
