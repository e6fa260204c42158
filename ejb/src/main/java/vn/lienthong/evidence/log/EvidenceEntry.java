package vn.lienthong.evidence.log;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import vn.lienthong.evidence.chain.ChainLink;

import java.time.Instant;

/**
 * One entry of the message log (table evidence_entry), never changed after it is written. The kind
 * and agency are kept as the text the canonical form holds, so the verifier reads back exactly what
 * was hashed, even from a row someone edited into nonsense.
 */
@Entity
@Table(name = "evidence_entry")
@NamedNativeQuery(name = EvidenceEntry.PAGE_AFTER, query = EvidenceEntry.PAGE_AFTER_SQL)
@NamedNativeQuery(name = EvidenceEntry.OF_DOCUMENT, query = "SELECT sequence_no FROM evidence_entry WHERE document_id = ? "
        + "ORDER BY sequence_no")
public class EvidenceEntry {

    static final String OF_DOCUMENT = "EvidenceEntry.ofDocument";
    static final String PAGE_AFTER = "EvidenceEntry.pageAfter";
    /** The raw columns of the entries after a sequence, in order; the offline command runs the same statement. */
    public static final String PAGE_AFTER_SQL = "SELECT sequence_no, recorded_at, kind, document_id, agency_code, detail, "
            + "canonical, previous_hash, entry_hash FROM evidence_entry WHERE sequence_no > ? ORDER BY sequence_no";

    @Id
    @Column(name = "sequence_no")
    private long sequence;

    @Column(name = "recorded_at", nullable = false)
    private Instant at;

    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "document_id", length = 36)
    private String document;

    @Column(name = "agency_code", length = 32)
    private String agency;

    @Column(name = "detail", length = EvidenceEvent.DETAIL_LENGTH)
    private String detail;

    @Column(name = "canonical", nullable = false, length = 2000)
    private String canonical;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String hash;

    protected EvidenceEntry() {
        // for JPA
    }

    EvidenceEntry(ChainLink link) {
        this.sequence = link.sequence();
        this.at = link.at();
        this.kind = link.kind();
        this.document = link.document();
        this.agency = link.agency();
        this.detail = link.detail();
        this.canonical = link.canonical();
        this.previousHash = link.previousHash();
        this.hash = link.hash();
    }
}
