package vn.lienthong.alert.rule;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One alert rule (quy tắc cảnh báo): the threshold, whether it is on, its own recipients, and the
 * alert it has raised and not yet cleared. Every raise and clear changes this row under its version,
 * so two servers that see the same condition at once cannot both raise it: the second one's commit
 * fails and takes its alert and mail with it.
 */
@Entity
@Table(name = "alert_rule")
@NamedQuery(name = AlertRule.ALL, query = "select r from AlertRule r order by r.code")
public class AlertRule {

    static final String ALL = "AlertRule.all";

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "threshold", nullable = false)
    private long threshold;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Convert(converter = RecipientsConverter.class)
    @Column(name = "recipients", length = Recipients.MAX_LENGTH)
    private Recipients recipients;

    @Column(name = "active_alert_id")
    private Long activeAlertId;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 200)
    private String changedBy;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected AlertRule() {
        // for JPA
    }

    /** A rule as the migration writes the defaults (tests make them so). */
    public AlertRule(AlertKind kind, long threshold, boolean enabled, Recipients recipients) {
        this.code = kind.code();
        this.threshold = RuleChange.checkedThreshold(kind, threshold);
        this.enabled = enabled;
        this.recipients = recipients;
    }

    /** The rule's kind; a row of a kind this build does not know is left alone ({@link AlertRuleRepository}). */
    public Optional<AlertKind> kind() {
        return AlertKind.ofCode(code);
    }

    /** Applies an administrator's change; what it leaves out stays. */
    public void change(AlertKind kind, RuleChange change, String by, Instant at) {
        change.threshold().ifPresent(t -> threshold = RuleChange.checkedThreshold(kind, t));
        change.enabled().ifPresent(e -> enabled = e);
        change.recipients().ifPresent(r -> recipients = r);
        changedBy = by;
        changedAt = at;
    }

    /** Marks {@code alertId} as this rule's active alert. @return false when one is active already */
    public boolean raised(long alertId) {
        if (activeAlertId != null) {
            return false;
        }
        activeAlertId = alertId;
        return true;
    }

    /** Forgets the active alert. @return false when none was active */
    public boolean cleared() {
        if (activeAlertId == null) {
            return false;
        }
        activeAlertId = null;
        return true;
    }

    public String code() {
        return code;
    }

    public long threshold() {
        return threshold;
    }

    public boolean enabled() {
        return enabled;
    }

    public Recipients recipients() {
        return recipients == null ? Recipients.NONE : recipients;
    }

    public OptionalLong activeAlertId() {
        return activeAlertId == null ? OptionalLong.empty() : OptionalLong.of(activeAlertId);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }
}
