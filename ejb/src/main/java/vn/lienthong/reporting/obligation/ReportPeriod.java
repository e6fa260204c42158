package vn.lienthong.reporting.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.lienthong.reporting.period.DataWindow;
import vn.lienthong.reporting.period.Frequency;
import vn.lienthong.reporting.period.PeriodKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A period opened for a regime (kỳ báo cáo): its key, the regime version it follows, its data window. */
@Entity
@Table(name = "report_period")
@NamedQuery(name = "ReportPeriod.of", query = "select p from ReportPeriod p where p.regimeCode = :regime and p.periodKey = :key")
@NamedQuery(name = "ReportPeriod.ofRegime", query = "select p from ReportPeriod p where p.regimeCode = :regime order by p.windowFrom desc, p.openedAt desc")
public class ReportPeriod {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "regime_code", nullable = false, length = 40)
    private String regimeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 20)
    private Frequency frequency;

    @Column(name = "period_key", nullable = false, length = 40)
    private String periodKey;

    @Column(name = "regime_version", nullable = false)
    private int regimeVersion;

    @Column(name = "window_from", nullable = false)
    private LocalDate windowFrom;

    @Column(name = "window_to", nullable = false)
    private LocalDate windowTo;

    @Column(name = "due_override")
    private Instant dueOverride;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 200)
    private String openedBy;

    @Column(name = "opening_note", length = 2000)
    private String openingNote;

    @Column(name = "obligations", nullable = false)
    private int obligations;

    protected ReportPeriod() {
    }

    ReportPeriod(String regimeCode, PeriodKey key, int regimeVersion, DataWindow window, Optional<Instant> dueOverride,
                 String openedBy, String note, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.regimeCode = regimeCode;
        this.frequency = key.frequency();
        this.periodKey = key.text();
        this.regimeVersion = regimeVersion;
        this.windowFrom = window.from();
        this.windowTo = window.to();
        this.dueOverride = dueOverride.orElse(null);
        this.openedAt = now;
        this.openedBy = openedBy;
        this.openingNote = note;
    }

    void obligations(int count) {
        this.obligations = count;
    }

    public String id() {
        return id;
    }

    public String regimeCode() {
        return regimeCode;
    }

    public PeriodKey key() {
        return PeriodKey.parse(frequency, periodKey);
    }

    public int regimeVersion() {
        return regimeVersion;
    }

    public DataWindow window() {
        return new DataWindow(windowFrom, windowTo);
    }

    public Optional<Instant> dueOverride() {
        return Optional.ofNullable(dueOverride);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Optional<String> openingNote() {
        return Optional.ofNullable(openingNote);
    }

    public int obligations() {
        return obligations;
    }
}
