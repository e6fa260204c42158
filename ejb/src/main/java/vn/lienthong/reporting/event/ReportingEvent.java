package vn.lienthong.reporting.event;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;

import java.time.Instant;

/** One durable reporting event; never changed once written. */
@Entity
@Table(name = "reporting_event")
@NamedQuery(name = "ReportingEvent.all", query = "select e from ReportingEvent e where e.id > :after order by e.id")
@NamedQuery(name = "ReportingEvent.ofAgency", query = "select e from ReportingEvent e where e.id > :after "
        + "and (e.agency = :agency or e.recipient = :agency) order by e.id")
public class ReportingEvent {

    @Id
    @SequenceGenerator(name = "reporting_event_seq", sequenceName = "reporting_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_event_seq")
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ReportingEventKind kind;

    @Column(name = "regime_code", nullable = false, length = 40)
    private String regimeCode;

    @Column(name = "period_key", nullable = false, length = 40)
    private String periodKey;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "agency_code", length = 32)
    private AgencyCode agency;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "recipient_code", length = 32)
    private AgencyCode recipient;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", length = 200)
    private String actor;

    @Column(name = "detail", length = 2000)
    private String detail;

    protected ReportingEvent() {
    }

    ReportingEvent(ReportingEventKind kind, String regimeCode, String periodKey, AgencyCode agency, AgencyCode recipient,
                   Instant dueAt, Instant occurredAt, String actor, String detail) {
        this.kind = kind;
        this.regimeCode = regimeCode;
        this.periodKey = periodKey;
        this.agency = agency;
        this.recipient = recipient;
        this.dueAt = dueAt;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public long id() {
        return id;
    }

    public ReportingEventKind kind() {
        return kind;
    }

    public String regimeCode() {
        return regimeCode;
    }

    public String periodKey() {
        return periodKey;
    }

    public AgencyCode agency() {
        return agency;
    }

    public AgencyCode recipient() {
        return recipient;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String detail() {
        return detail;
    }
}
