package vn.lienthong.signature.verification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.signature.pdf.PdfAttachmentSignatures;
import vn.lienthong.signature.pdf.PdfSignatureRepository;

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

    @Inject
    VerdictRepository verdicts;

    @Inject
    PdfSignatureRepository pdfSignatures;

    @Inject
    Clock clock;

    /** Stores the verdict in the transaction that accepts the document, so the two exist together or not at all. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String documentId, AgencyCode sender, SignatureVerdict verdict) {
        verdicts.add(new VerdictRecord(documentId, sender, verdict, clock.instant()));
    }

    /** Stores a status package's verdict in the transaction that accepts the status. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordStatus(String statusId, AgencyCode reporter, SignatureVerdict verdict) {
        verdicts.add(new StatusVerdictRecord(statusId, reporter, verdict, clock.instant()));
    }

    /** Stores what the signatures inside the document's PDF attachments gave, with the document (informational). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordPdf(String documentId, List<PdfAttachmentSignatures> attachments) {
        pdfSignatures.add(documentId, attachments);
    }

    /** What was found about a document's signatures; empty for documents accepted before the hub verified them. */
    public Optional<PackageSignatureView> of(String documentId) {
        return verdicts.ofDocument(documentId).map(v -> new PackageSignatureView(v.verdict(),
                pdfSignatures.ofDocuments(List.of(documentId)).getOrDefault(documentId, List.of())));
    }

    /** The same for many documents at once (a page of an inbox or sent list), by document id. */
    public Map<String, PackageSignatureView> of(Collection<String> documentIds) {
        Map<String, PackageSignatureView> found = new TreeMap<>();
        List<VerdictRecord> records = verdicts.ofDocuments(documentIds);
        if (records.isEmpty()) {
            return found;
        }
        Map<String, List<PdfAttachmentSignatures>> pdfs = pdfSignatures.ofDocuments(documentIds);
        records.forEach(v -> found.put(v.documentId(), new PackageSignatureView(v.verdict(),
                pdfs.getOrDefault(v.documentId(), List.of()))));
        return found;
    }

    /** The verdicts of many status packages at once (the statuses of a page of sent documents). */
    public Map<String, SignatureVerdict> ofStatuses(Collection<String> statusIds) {
        Map<String, SignatureVerdict> found = new TreeMap<>();
        verdicts.ofStatuses(statusIds).forEach(v -> found.put(v.statusId(), v.verdict()));
        return found;
    }

    /** Per sending agency, how many accepted documents got each verdict. */
    public List<SignatureStatistics> statistics() {
        Map<AgencyCode, long[]> counts = new TreeMap<>();
        for (Object[] row : verdicts.countsPerSender()) {
            long[] c = counts.computeIfAbsent((AgencyCode) row[0], k -> new long[SignatureOutcome.values().length]);
            c[((SignatureOutcome) row[1]).ordinal()] += ((Number) row[2]).longValue();
        }
        List<SignatureStatistics> result = new ArrayList<>();
        counts.forEach((agency, c) -> result.add(new SignatureStatistics(agency,
                c[SignatureOutcome.VALID.ordinal()], c[SignatureOutcome.INDETERMINATE.ordinal()],
                c[SignatureOutcome.UNSIGNED.ordinal()], c[SignatureOutcome.INVALID.ordinal()],
                c[SignatureOutcome.HUB_SIGNED.ordinal()])));
        return result;
    }
}
