package vn.lienthong.alert.raise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert (cảnh báo): raised when its rule's condition began, by which server, with what value and
 * detail, mailed to whom; cleared when the condition ended. Cleared alerts are the history.
 */
@Entity
@Table(name = "alert")
@NamedQuery(name = Alert.ACTIVE, query = "select a from Alert a where a.clearedAt is null order by a.raisedAt desc, a.id desc")
@NamedQuery(name = Alert.CLEARED_SINCE, query = "select count(a) from Alert a where a.ruleCode = :rule and a.clearedAt >= :since")
@NamedQuery(name = Alert.RECENT, query = "select a from Alert a order by a.raisedAt desc, a.id desc")
public class Alert {

    static final String ACTIVE = "Alert.active";
    static final String RECENT = "Alert.recent";
    static final String CLEARED_SINCE = "Alert.clearedSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "rule_code", nullable = false, length = 40)
    private String ruleCode;

    @Column(name = "threshold", nullable = false)
    private long threshold;

    @Column(name = "raised_value", nullable = false)
    private long raisedValue;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false, length = 200)
    private String raisedBy;

    @Column(name = "detail_en", nullable = false, length = 4000)
    private String detailEn;

    @Column(name = "detail_vi", nullable = false, length = 4000)
    private String detailVi;

    @Column(name = "mailed_to", length = 2000)
    private String mailedTo;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(name = "cleared_value")
    private Long clearedValue;

    protected Alert() {
        // for JPA
    }

    Alert(String ruleCode, long threshold, Observation observation, Instant at, String node) {
        this.ruleCode = Objects.requireNonNull(ruleCode);
        this.threshold = threshold;
        this.raisedValue = observation.value().orElse(0L);
        this.raisedAt = Objects.requireNonNull(at);
        this.raisedBy = Objects.requireNonNull(node);
        this.detailEn = observation.detailEn();
        this.detailVi = observation.detailVi();
    }

    void mailedTo(String recipients) {
        this.mailedTo = recipients;
    }

    /** @return false when it was cleared already */
    boolean clear(Instant at, Optional<Long> value) {
        if (clearedAt != null) {
            return false;
        }
        clearedAt = at;
        clearedValue = value.orElse(null);
        return true;
    }

    public long id() {
        return id;
    }

    public String ruleCode() {
        return ruleCode;
    }

    public long threshold() {
        return threshold;
    }

    public long raisedValue() {
        return raisedValue;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public String detailEn() {
        return detailEn;
    }

    public String detailVi() {
        return detailVi;
    }

    public Optional<String> mailedTo() {
        return Optional.ofNullable(mailedTo);
    }

    public Optional<Instant> clearedAt() {
        return Optional.ofNullable(clearedAt);
    }

    public Optional<Long> clearedValue() {
        return Optional.ofNullable(clearedValue);
    }
}
