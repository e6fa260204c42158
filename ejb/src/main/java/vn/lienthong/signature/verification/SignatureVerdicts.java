package vn.lienthong.signature.verification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.signature.pdf.PdfAttachmentSignatures;
import vn.lienthong.signature.pdf.PdfSignatureRecord;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The verdicts stored with accepted documents and status packages, and the signed ratio per sending agency. */
@Stateless
public class SignatureVerdicts {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    /** Stores the verdict in the transaction that accepts the document, so the two exist together or not at all. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String documentId, AgencyCode sender, SignatureVerdict verdict) {
        em.persist(new VerdictRecord(documentId, sender, verdict, clock.instant()));
    }

    /** Stores a status package's verdict in the transaction that accepts the status. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordStatus(String statusId, AgencyCode reporter, SignatureVerdict verdict) {
        em.persist(new StatusVerdictRecord(statusId, reporter, verdict, clock.instant()));
    }

    /** The verdicts of many status packages at once (the statuses of a page of sent documents). */
    public Map<String, SignatureVerdict> ofStatuses(Collection<String> statusIds) {
        Map<String, SignatureVerdict> found = new TreeMap<>();
        if (statusIds.isEmpty()) {
            return found;
        }
        em.createQuery("select v from StatusVerdictRecord v where v.statusId in :ids", StatusVerdictRecord.class)
                .setParameter("ids", List.copyOf(statusIds)).getResultList()
                .forEach(v -> found.put(v.statusId(), v.verdict()));
        return found;
    }

    /** Stores what the signatures inside the document's PDF attachments gave, with the document (informational). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordPdf(String documentId, List<PdfAttachmentSignatures> attachments) {
        for (PdfAttachmentSignatures attachment : attachments) {
            for (int i = 0; i < attachment.signatures().size(); i++) {
                em.persist(new PdfSignatureRecord(documentId, attachment, i, attachment.signatures().get(i)));
            }
        }
    }

    /** The signed PDF attachments of a document, in package order. */
    public List<PdfAttachmentSignatures> pdfSignaturesOf(String documentId) {
        return pdfSignaturesOf(List.of(documentId)).getOrDefault(documentId, List.of());
    }

    /** The signed PDF attachments of many documents at once (a page of an inbox or sent list). */
    public Map<String, List<PdfAttachmentSignatures>> pdfSignaturesOf(Collection<String> documentIds) {
        Map<String, List<PdfAttachmentSignatures>> found = new TreeMap<>();
        if (documentIds.isEmpty()) {
            return found;
        }
        List<PdfSignatureRecord> rows = em.createQuery("select p from PdfSignatureRecord p where p.documentId in :ids "
                        + "order by p.documentId, p.attachmentIndex, p.signatureIndex", PdfSignatureRecord.class)
                .setParameter("ids", List.copyOf(documentIds)).getResultList();
        Map<String, Map<Integer, List<PdfSignatureRecord>>> grouped = new TreeMap<>();
        for (PdfSignatureRecord row : rows) {
            grouped.computeIfAbsent(row.documentId(), k -> new TreeMap<>())
                    .computeIfAbsent(row.attachmentIndex(), k -> new ArrayList<>()).add(row);
        }
        grouped.forEach((document, attachments) -> found.put(document, attachments.values().stream()
                .map(list -> new PdfAttachmentSignatures(list.get(0).attachmentIndex(), list.get(0).attachmentName(),
                        list.stream().map(PdfSignatureRecord::result).toList()))
                .toList()));
        return found;
    }

    public Optional<SignatureVerdict> of(String documentId) {
        return Optional.ofNullable(em.find(VerdictRecord.class, documentId)).map(VerdictRecord::verdict);
    }

    /** The verdicts of many documents at once (a page of an inbox or sent list). */
    public Map<String, SignatureVerdict> of(Collection<String> documentIds) {
        Map<String, SignatureVerdict> found = new TreeMap<>();
        if (documentIds.isEmpty()) {
            return found;
        }
        em.createQuery("select v from VerdictRecord v where v.documentId in :ids", VerdictRecord.class)
                .setParameter("ids", List.copyOf(documentIds)).getResultList()
                .forEach(v -> found.put(v.documentId(), v.verdict()));
        return found;
    }

    /** Per sending agency, how many accepted documents got each verdict. */
    public List<SignatureStatistics> statistics() {
        Map<String, long[]> counts = new TreeMap<>();
        List<Object[]> rows = em.createQuery("select v.senderCode, v.outcome, count(v) from VerdictRecord v "
                + "group by v.senderCode, v.outcome", Object[].class).getResultList();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((String) row[0], k -> new long[SignatureOutcome.values().length]);
            c[((SignatureOutcome) row[1]).ordinal()] += ((Number) row[2]).longValue();
        }
        List<SignatureStatistics> result = new ArrayList<>();
        counts.forEach((agency, c) -> result.add(new SignatureStatistics(AgencyCode.of(agency),
                c[SignatureOutcome.VALID.ordinal()], c[SignatureOutcome.INDETERMINATE.ordinal()],
                c[SignatureOutcome.UNSIGNED.ordinal()], c[SignatureOutcome.INVALID.ordinal()],
                c[SignatureOutcome.HUB_SIGNED.ordinal()])));
        return result;
    }
}
