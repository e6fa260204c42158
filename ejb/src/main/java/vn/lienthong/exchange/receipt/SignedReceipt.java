package vn.lienthong.exchange.receipt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A receipt the hub signed, kept so that asking again returns the same bytes (table
 * signed_receipt): the acceptance receipt of a document (party = sender), and one delivery
 * receipt per recipient that confirmed its fetch (party = recipient).
 */
@Entity
@Table(name = "signed_receipt")
@NamedQuery(name = SignedReceipt.OF_DOCUMENT, query = "select r from SignedReceipt r where r.documentId = :document "
        + "order by r.createdAt, r.kind, r.partyCode")
@IdClass(SignedReceipt.Key.class)
public class SignedReceipt {

    static final String OF_DOCUMENT = "SignedReceipt.ofDocument";

    public enum Kind { ACCEPTANCE, DELIVERY }

    public static class Key implements Serializable {
        public String documentId;
        public String kind;
        public String partyCode;

        public Key() {
        }

        Key(String documentId, Kind kind, String partyCode) {
            this.documentId = documentId;
            this.kind = kind.name();
            this.partyCode = partyCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.documentId.equals(documentId) && k.kind.equals(kind) && k.partyCode.equals(partyCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, kind, partyCode);
        }
    }

    @Id
    @Column(name = "document_id", length = 36)
    private String documentId;

    @Id
    @Column(name = "kind", length = 20)
    private String kind;

    @Id
    @Column(name = "party_code", length = 32)
    private String partyCode;

    @Column(name = "cms_base64", nullable = false, length = 32000)
    private String cmsBase64;

    @Column(name = "timestamped", nullable = false)
    private boolean timestamped;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SignedReceipt() {
    }

    SignedReceipt(String documentId, Kind kind, String partyCode, byte[] cms, boolean timestamped, Instant createdAt) {
        this.documentId = documentId;
        this.kind = kind.name();
        this.partyCode = partyCode;
        this.cmsBase64 = Base64.getEncoder().encodeToString(cms);
        this.timestamped = timestamped;
        this.createdAt = createdAt;
    }

    public byte[] cms() {
        return Base64.getDecoder().decode(cmsBase64);
    }

    public boolean timestamped() {
        return timestamped;
    }

    public String documentId() {
        return documentId;
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    public String partyCode() {
        return partyCode;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
