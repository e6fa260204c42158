package vn.lienthong.evidence.head;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Base64;

/**
 * A chain head the hub key signed (table evidence_signed_head): the sequence and hash of the last
 * entry at that moment, and the CMS signature over {@link HeadContent}, with an RFC 3161 token inside
 * when the TSA answered.
 */
@Entity
@Table(name = "evidence_signed_head")
@NamedQuery(name = SignedHead.LATEST, query = "select h from SignedHead h order by h.sequence desc, h.id desc")
@NamedQuery(name = SignedHead.PAGE_AFTER, query = "select h from SignedHead h where h.sequence > :sequence "
        + "or (h.sequence = :sequence and h.id > :id) order by h.sequence, h.id")
@NamedQuery(name = SignedHead.LATEST_ID, query = "select max(h.id) from SignedHead h")
public class SignedHead {

    static final String LATEST_ID = "SignedHead.latestId";
    static final String LATEST = "SignedHead.latest";
    static final String PAGE_AFTER = "SignedHead.pageAfter";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "sequence_no", nullable = false)
    private long sequence;

    @Column(name = "chain_hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "cms_base64", nullable = false, length = 32000)
    private String cmsBase64;

    @Column(name = "timestamped", nullable = false)
    private boolean timestamped;

    protected SignedHead() {
        // for JPA
    }

    SignedHead(long sequence, String hash, Instant signedAt, byte[] cms, boolean timestamped) {
        this.sequence = sequence;
        this.hash = hash;
        this.signedAt = signedAt;
        this.cmsBase64 = Base64.getEncoder().encodeToString(cms);
        this.timestamped = timestamped;
    }

    public SignedHeadView view() {
        return new SignedHeadView(id, sequence, hash, signedAt, Base64.getDecoder().decode(cmsBase64), timestamped);
    }
}
