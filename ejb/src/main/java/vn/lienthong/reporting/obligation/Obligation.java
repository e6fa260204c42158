package vn.lienthong.reporting.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;

import java.time.Instant;
import java.util.Optional;

/**
 * What one agency owes for one period: a report to its recipient by its deadline. It follows the
 * reporter's submissions (the current one, the first one's time that decides on-time or late), the
 * recipient's closing and reopening, and whether a reminder and an overdue flag went out.
 */
@Entity
@Table(name = "report_obligation")
@NamedQuery(name = "Obligation.of", query = "select o from Obligation o where o.periodId = :period and o.agency = :agency")
@NamedQuery(name = "Obligation.ofReporter", query = "select o from Obligation o where o.agency = :agency order by o.dueAt desc")
@NamedQuery(name = "Obligation.toRecipient", query = "select o from Obligation o where o.periodId = :period "
        + "and o.recipient = :recipient order by o.agency")
@NamedQuery(name = "Obligation.ofPeriod", query = "select o from Obligation o where o.periodId = :period order by o.agency")
@NamedQuery(name = "Obligation.toRemind", query = "select o from Obligation o where o.firstSubmittedAt is null "
        + "and o.remindedAt is null and o.dueAt > :now and o.dueAt <= :horizon order by o.dueAt")
@NamedQuery(name = "Obligation.newlyOverdue", query = "select o from Obligation o where o.firstSubmittedAt is null "
        + "and o.overdueAt is null and o.dueAt <= :now order by o.dueAt")
@NamedQuery(name = "Obligation.openCounts", query = "select sum(case when o.dueAt > :now then 1 else 0 end),"
        + " sum(case when o.dueAt <= :now then 1 else 0 end) from Obligation o where o.firstSubmittedAt is null")
@NamedQuery(name = "Obligation.overdueCount", query = "select count(o) from Obligation o where o.firstSubmittedAt is null "
        + "and o.dueAt <= :now")
@NamedQuery(name = "Obligation.deadlines", query = "select o.level, o.dueAt, count(o) from Obligation o "
        + "where o.periodId = :period group by o.level, o.dueAt order by o.level, o.dueAt")
public class Obligation {

    @Id
    @SequenceGenerator(name = "report_obligation_seq", sequenceName = "report_obligation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_obligation_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "period_id", nullable = false, length = 36)
    private String periodId;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "agency_code", nullable = false, length = 32)
    private AgencyCode agency;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "recipient_code", nullable = false, length = 32)
    private AgencyCode recipient;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(name = "recipient_path", nullable = false, length = 400)
    private String recipientPath;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "current_submission_id", length = 36)
    private String currentSubmissionId;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "last_submitted_at")
    private Instant lastSubmittedAt;

    @Column(name = "submission_count", nullable = false)
    private int submissionCount;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 200)
    private String closedBy;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected Obligation() {
    }

    Obligation(String periodId, PlannedObligation planned) {
        this.periodId = periodId;
        this.agency = planned.agency();
        this.recipient = planned.recipient();
        this.level = planned.level();
        this.recipientPath = planned.path();
        this.dueAt = planned.dueAt();
    }

    /**
     * Takes a submission as the current report. The first one decides timeliness for good: a
     * correction after the deadline does not make an on-time report late.
     *
     * @return the sequence number the submission gets (1 for the first)
     */
    public int submitted(String submissionId, Instant at, String regime, String period) {
        if (closedAt != null) {
            throw new PeriodClosedException(regime, period, recipient);
        }
        currentSubmissionId = submissionId;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        lastSubmittedAt = at;
        return ++submissionCount;
    }

    /** @return false when it was closed already */
    boolean close(String actor, Instant now) {
        if (closedAt != null) {
            return false;
        }
        closedAt = now;
        closedBy = actor;
        return true;
    }

    /** @return false when it was open */
    boolean reopen() {
        if (closedAt == null) {
            return false;
        }
        closedAt = null;
        closedBy = null;
        return true;
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    void flaggedOverdue(Instant now) {
        overdueAt = now;
    }

    public ReportStatus status(Instant now) {
        return ReportStatus.of(dueAt, Optional.ofNullable(firstSubmittedAt), now);
    }

    /** Whether {@code agency} is the recipient or sits above it on the chain of recipients. */
    public boolean isBelow(AgencyCode agency) {
        return recipient.equals(agency) || recipientPath.contains("/" + agency.value() + "/");
    }

    public long id() {
        return id;
    }

    public String periodId() {
        return periodId;
    }

    public AgencyCode agency() {
        return agency;
    }

    public AgencyCode recipient() {
        return recipient;
    }

    public int level() {
        return level;
    }

    public String recipientPath() {
        return recipientPath;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Optional<String> currentSubmissionId() {
        return Optional.ofNullable(currentSubmissionId);
    }

    public Optional<Instant> firstSubmittedAt() {
        return Optional.ofNullable(firstSubmittedAt);
    }

    public Optional<Instant> lastSubmittedAt() {
        return Optional.ofNullable(lastSubmittedAt);
    }

    public int submissionCount() {
        return submissionCount;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> closedBy() {
        return Optional.ofNullable(closedBy);
    }
}
