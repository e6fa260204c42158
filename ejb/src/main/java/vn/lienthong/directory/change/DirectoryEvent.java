package vn.lienthong.directory.change;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;

import java.time.Instant;
import java.util.Optional;

/**
 * One numbered change of the directory, with the agency's whole state after it, so a client can
 * apply events by upserting the agency and never needs the ones before.
 */
@Entity
@Table(name = "directory_event")
@NamedQuery(name = DirectoryEvent.SINCE, query = "select e from DirectoryEvent e where e.seq > :cursor order by e.seq")
public class DirectoryEvent {

    static final String SINCE = "DirectoryEvent.since";

    @Id
    @Column(name = "seq")
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DirectoryChangeKind kind;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "agency_code", nullable = false, length = 32)
    private AgencyCode agencyCode;

    @Column(name = "name", nullable = false, length = 400)
    private String name;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "parent_code", length = 32)
    private AgencyCode parentCode;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "successor_code", length = 32)
    private AgencyCode successorCode;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "reason", length = 1000)
    private String reason;

    protected DirectoryEvent() {
        // for JPA
    }

    DirectoryEvent(long seq, DirectoryChangeKind kind, Agency agency, Instant now, String actor, String reason) {
        this.seq = seq;
        this.kind = kind;
        this.agencyCode = agency.code();
        this.name = agency.name();
        this.parentCode = agency.parent().orElse(null);
        this.successorCode = agency.successor().orElse(null);
        this.level = agency.level();
        this.active = agency.isActive();
        this.occurredAt = now;
        this.actor = actor;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public long seq() {
        return seq;
    }

    public DirectoryChangeKind kind() {
        return kind;
    }

    public AgencyCode agency() {
        return agencyCode;
    }

    public String name() {
        return name;
    }

    public Optional<AgencyCode> parent() {
        return Optional.ofNullable(parentCode);
    }

    public Optional<AgencyCode> successor() {
        return Optional.ofNullable(successorCode);
    }

    public int level() {
        return level;
    }

    public boolean active() {
        return active;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
