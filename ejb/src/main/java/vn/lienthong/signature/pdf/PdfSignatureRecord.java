package vn.lienthong.signature.pdf;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One signature found in a PDF attachment of an accepted document (table pdf_signature). */
@Entity
@Table(name = "pdf_signature")
@NamedQuery(name = PdfSignatureRecord.OF_DOCUMENTS, query = "select p from PdfSignatureRecord p where p.documentId in :ids "
        + "order by p.documentId, p.attachmentIndex, p.signatureIndex")
public class PdfSignatureRecord {

    static final String OF_DOCUMENTS = "PdfSignatureRecord.ofDocuments";

    @Id
    @Column(name = "id", length = 60)
    private String id;

    @Column(name = "document_id", nullable = false, length = 36)
    private String documentId;

    @Column(name = "attachment_index", nullable = false)
    private int attachmentIndex;

    @Column(name = "attachment_name", nullable = false, length = 500)
    private String attachmentName;

    @Column(name = "signature_index", nullable = false)
    private int signatureIndex;

    @Column(name = "signer_subject", length = 1000)
    private String signerSubject;

    @Column(name = "signing_time")
    private Instant signingTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private PdfSignatureResult.Outcome outcome;

    @Column(name = "reason_en", length = 1000)
    private String reasonEn;

    @Column(name = "reason_vi", length = 1000)
    private String reasonVi;

    @Column(name = "covers_whole_document", nullable = false)
    private boolean coversWholeDocument;

    protected PdfSignatureRecord() {
    }

    public PdfSignatureRecord(String documentId, PdfAttachmentSignatures attachment, int signatureIndex, PdfSignatureResult result) {
        this.id = documentId + "/" + attachment.index() + "/" + signatureIndex;
        this.documentId = documentId;
        this.attachmentIndex = attachment.index();
        this.attachmentName = clip(attachment.attachmentName(), 500);
        this.signatureIndex = signatureIndex;
        this.signerSubject = clip(result.signerSubject(), 1000);
        this.signingTime = result.signingTime();
        this.outcome = result.outcome();
        this.reasonEn = clip(result.reasonEn(), 1000);
        this.reasonVi = clip(result.reasonVi(), 1000);
        this.coversWholeDocument = result.coversWholeDocument();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public String documentId() {
        return documentId;
    }

    public int attachmentIndex() {
        return attachmentIndex;
    }

    public String attachmentName() {
        return attachmentName;
    }

    int signatureIndex() {
        return signatureIndex;
    }

    public PdfSignatureResult result() {
        return new PdfSignatureResult(signerSubject, signingTime, outcome, reasonEn, reasonVi, coversWholeDocument);
    }
}
