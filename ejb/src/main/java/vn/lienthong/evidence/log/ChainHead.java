package vn.lienthong.evidence.log;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row (table evidence_chain_head, id 1) that holds the chain's last sequence and hash. Every
 * seal locks it (SELECT ... FOR UPDATE), so sealers on every server take turns and the chain never
 * forks; events themselves never lock it (they write pending entries).
 */
@Entity
@Table(name = "evidence_chain_head")
public class ChainHead {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ChainHead() {
        // for JPA; the row is inserted by migration V24_1
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(long sequence, String hash) {
        this.lastSequence = sequence;
        this.lastHash = hash;
    }
}
