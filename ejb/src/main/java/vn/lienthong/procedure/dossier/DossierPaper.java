package vn.lienthong.procedure.dossier;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import vn.lienthong.platform.crypto.Sha256;

import java.util.Optional;

/** A paper of a dossier (TaiLieuNop), its file stored with a SHA-256 so that a copy can be checked. */
@Entity
@Table(name = "dossier_paper")
@IdClass(DossierChildKey.class)
@NamedQuery(name = "DossierPaper.ofDossier", query = "select p from DossierPaper p where p.dossierCode = :code order by p.seq")
public class DossierPaper {

    @Id
    @Column(name = "dossier_code", length = 60)
    private String dossierCode;

    @Id
    @Column(name = "position")
    private int seq;

    @Column(name = "name", nullable = false, length = 1000)
    private String name;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "media_type", length = 100)
    private String mediaType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    protected DossierPaper() {
        // for JPA
    }

    DossierPaper(DossierCode dossierCode, int position, SubmittedPaper paper) {
        this.dossierCode = dossierCode.value();
        this.seq = position;
        this.name = paper.name();
        this.fileName = paper.fileName();
        this.mediaType = paper.mediaType();
        if (paper.content() != null) {
            this.content = paper.content().clone();
            this.sizeBytes = (long) paper.content().length;
            this.sha256 = Sha256.hex(paper.content());
        }
    }

    public int position() {
        return seq;
    }

    public String name() {
        return name;
    }

    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    public Optional<Long> sizeBytes() {
        return Optional.ofNullable(sizeBytes);
    }

    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    public Optional<byte[]> content() {
        return Optional.ofNullable(content).map(byte[]::clone);
    }
}
