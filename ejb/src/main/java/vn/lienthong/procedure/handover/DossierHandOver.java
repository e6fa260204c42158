package vn.lienthong.procedure.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import vn.lienthong.procedure.dossier.DossierChildKey;

import java.time.Instant;
import java.util.Optional;

/** A step handed over to its owning agency as a document on the axis (dossier_handover). */
@Entity
@Table(name = "dossier_handover")
@IdClass(DossierChildKey.class)
@NamedQuery(name = DossierHandOver.OPEN_OF_DOCUMENT, query = "select h from DossierHandOver h where h.documentId = :id"
        + " and h.ownerCode = :owner and h.completedAt is null")
@NamedQuery(name = DossierHandOver.OF_DOSSIER, query = "select h from DossierHandOver h where h.dossierCode = :code order by h.seq")
public class DossierHandOver {

    static final String OPEN_OF_DOCUMENT = "DossierHandOver.openOfDocument";
    static final String OF_DOSSIER = "DossierHandOver.ofDossier";

    @Id
    @Column(name = "dossier_code", length = 60)
    private String dossierCode;

    @Id
    @Column(name = "step_no")
    private int seq;

    @Column(name = "owner_code", nullable = false, length = 32)
    private String ownerCode;

    @Column(name = "document_id", nullable = false, length = 36)
    private String documentId;

    @Column(name = "edxml_document_id", nullable = false, length = 400)
    private String edxmlDocumentId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected DossierHandOver() {
        // for JPA
    }

    DossierHandOver(String dossierCode, int step, String ownerCode, String documentId, String edxmlDocumentId, Instant sentAt) {
        this.dossierCode = dossierCode;
        this.seq = step;
        this.ownerCode = ownerCode;
        this.documentId = documentId;
        this.edxmlDocumentId = edxmlDocumentId;
        this.sentAt = sentAt;
    }

    void completed(Instant at) {
        this.completedAt = at;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public int step() {
        return seq;
    }

    public String ownerCode() {
        return ownerCode;
    }

    public String documentId() {
        return documentId;
    }

    public String edxmlDocumentId() {
        return edxmlDocumentId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }
}
