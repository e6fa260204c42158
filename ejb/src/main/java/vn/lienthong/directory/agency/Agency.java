package vn.lienthong.directory.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An agency or unit (cơ quan, đơn vị) that may send and receive documents through the hub.
 * The parent is stored rather than derived from the code, because reorganisations move units
 * without recoding them.
 */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.ALL, query = "select a from Agency a order by a.code")
@NamedQuery(name = Agency.WITH_CODES, query = "select a from Agency a where a.code in :codes")
@NamedQuery(name = Agency.COUNT, query = "select count(a) from Agency a")
@NamedQuery(name = Agency.COUNT_ACTIVE_CHILDREN, query = "select count(a) from Agency a where a.parentCode = :code "
        + "and a.active = true")
@NamedQuery(name = Agency.COUNT_SERVED_BY, query = "select count(a) from Agency a where a.servedBy = :hub")
@NamedQuery(name = Agency.WITHOUT_EVENTS, query = "select a from Agency a where not exists "
        + "(select e from DirectoryEvent e where e.agencyCode = a.code) order by a.level, a.code")
public class Agency {

    static final String ALL = "Agency.all";
    static final String WITH_CODES = "Agency.withCodes";
    static final String COUNT = "Agency.count";
    static final String COUNT_ACTIVE_CHILDREN = "Agency.countActiveChildren";
    static final String WITHOUT_EVENTS = "Agency.withoutEvents";
    static final String COUNT_SERVED_BY = "Agency.countServedBy";

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 400)
    private String name;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "parent_code", length = 32)
    private AgencyCode parentCode;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "successor_code", length = 32)
    private AgencyCode successorCode;

    /** The hub through which this agency is reached (docs/federation.md); null: served by this instance. */
    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "served_by", length = 32)
    private AgencyCode servedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected Agency() {
        // for JPA
    }

    public Agency(AgencyCode code, String name, AgencyCode parent, Instant now) {
        this.code = code.value();
        this.name = requireName(name);
        this.parentCode = parent;
        this.level = code.level();
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an agency needs a name");
        }
        return name.strip();
    }

    public AgencyCode code() {
        return new AgencyCode(code);
    }

    public String name() {
        return name;
    }

    public Optional<AgencyCode> parent() {
        return Optional.ofNullable(parentCode);
    }

    public int level() {
        return level;
    }

    public boolean isActive() {
        return active;
    }

    /** A retired agency keeps its code and history but neither sends nor receives. */
    public void deactivate(Instant now) {
        this.active = false;
        this.retiredAt = now;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        this.name = requireName(newName);
        this.updatedAt = now;
    }

    public void move(AgencyCode newParent, Instant now) {
        this.parentCode = newParent;
        this.updatedAt = now;
    }

    /** Merged into {@code successor}: retired, and documents addressed to it go to the successor. */
    public void mergeInto(AgencyCode successor, Instant now) {
        this.successorCode = successor;
        deactivate(now);
    }

    public Optional<AgencyCode> successor() {
        return Optional.ofNullable(successorCode);
    }

    /**
     * Reached through {@code hub} from now on (docs/federation.md), or served by this instance again
     * when {@code hub} is null.
     */
    public void serveThrough(AgencyCode hub, Instant now) {
        this.servedBy = hub;
        this.updatedAt = now;
    }

    /** The peer hub that serves this agency, or empty when this instance does. */
    public Optional<AgencyCode> servedBy() {
        return Optional.ofNullable(servedBy);
    }

    public Optional<Instant> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agency other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
