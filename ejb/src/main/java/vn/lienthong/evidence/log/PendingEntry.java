package vn.lienthong.evidence.log;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An entry written in the transaction of its event and not yet sealed into the chain (table
 * evidence_pending). Its id is taken from the sequence when it is persisted, one value at a time: ids
 * then follow the order in which the hub recorded events, across servers, and the sealer links entries
 * in id order.
 */
@Entity
@Table(name = "evidence_pending")
@NamedQuery(name = PendingEntry.OLDEST_FIRST, query = "select p from PendingEntry p order by p.id")
@NamedQuery(name = PendingEntry.COUNT, query = "select count(p) from PendingEntry p")
@NamedQuery(name = PendingEntry.DELETE, query = "delete from PendingEntry p where p.id in :ids")
public class PendingEntry {

    static final String OLDEST_FIRST = "PendingEntry.oldestFirst";
    static final String COUNT = "PendingEntry.count";
    static final String DELETE = "PendingEntry.delete";

    /** Allocation 1: a block of ids handed to one server would let its later events sort before another's earlier ones. */
    @Id
    @SequenceGenerator(name = "evidence_pending_seq", sequenceName = "evidence_pending_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_pending_seq")
    @Column(name = "id")
    private Long id;

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

    protected PendingEntry() {
        // for JPA
    }

    PendingEntry(EvidenceEvent event, Instant at) {
        this.at = at;
        this.kind = event.kind().code();
        this.document = event.document();
        this.agency = event.agency() == null ? null : event.agency().value();
        this.detail = event.detail();
    }

    Long id() {
        return id;
    }

    Instant at() {
        return at;
    }

    PendingLink toLink() {
        return new PendingLink(id, at, kind, document, agency, detail);
    }
}
