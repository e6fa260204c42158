package vn.lienthong.signature.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The signatures found in packages' PDF attachments, by the package's id (opaque text here). */
@ApplicationScoped
public class PdfSignatureRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public void add(String documentId, List<PdfAttachmentSignatures> attachments) {
        for (PdfAttachmentSignatures attachment : attachments) {
            for (int i = 0; i < attachment.signatures().size(); i++) {
                em.persist(new PdfSignatureRecord(documentId, attachment, i, attachment.signatures().get(i)));
            }
        }
    }

    /** The signed PDF attachments of several packages at once, each in package order. */
    public Map<String, List<PdfAttachmentSignatures>> ofDocuments(Collection<String> documentIds) {
        Map<String, List<PdfAttachmentSignatures>> found = new TreeMap<>();
        if (documentIds.isEmpty()) {
            return found;
        }
        List<PdfSignatureRecord> rows = em.createNamedQuery(PdfSignatureRecord.OF_DOCUMENTS, PdfSignatureRecord.class)
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
}
