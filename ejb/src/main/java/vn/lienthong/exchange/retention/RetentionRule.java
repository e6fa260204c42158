package vn.lienthong.exchange.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.exchange.document.RetentionCategory;
import vn.lienthong.platform.InvalidRequestException;

import java.time.Instant;
import java.util.Optional;

/** How long packages of one category stay in the database, and where they go after (table retention_rule). */
@Entity
@Table(name = "retention_rule")
@NamedQuery(name = RetentionRule.ALL, query = "select r from RetentionRule r order by r.category")
public class RetentionRule {

    static final String ALL = "RetentionRule.all";

    /** About 274 years: a period longer than that is a mistake, not a policy. */
    public static final int MAX_PERIOD_DAYS = 100_000;

    @Id
    @Column(name = "category", length = RetentionCategory.MAX_LENGTH)
    private String category;

    @Column(name = "period_days", nullable = false)
    private int periodDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposal", nullable = false, length = 10)
    private Disposal disposal;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 200)
    private String changedBy;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected RetentionRule() {
        // for JPA
    }

    public RetentionRule(RetentionCategory category, int periodDays, Disposal disposal, String by, Instant at) {
        this.category = category.value();
        change(periodDays, disposal, by, at);
    }

    public void change(int periodDays, Disposal disposal, String by, Instant at) {
        if (periodDays < 0 || periodDays > MAX_PERIOD_DAYS) {
            throw new InvalidRequestException("periodDays", "The retention period is 0 to " + MAX_PERIOD_DAYS + " days, not " + periodDays,
                    "Thời hạn lưu trong cơ sở dữ liệu là từ 0 đến " + MAX_PERIOD_DAYS + " ngày, không phải " + periodDays);
        }
        if (disposal == null) {
            throw new InvalidRequestException("disposal", "The disposal is ARCHIVE or PURGE", "Cách xử lý là ARCHIVE hoặc PURGE");
        }
        this.periodDays = periodDays;
        this.disposal = disposal;
        this.changedBy = by;
        this.changedAt = at;
    }

    public RetentionCategory category() {
        return new RetentionCategory(category);
    }

    public int periodDays() {
        return periodDays;
    }

    public Disposal disposal() {
        return disposal;
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    /** The setting alone, detached from the entity, for a run to hold while it works. */
    public RuleSetting setting() {
        return new RuleSetting(category(), periodDays, disposal);
    }
}
