package vn.lienthong.procedure.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.procedure.calendar.PauseEffect;
import vn.lienthong.procedure.calendar.ProcessingTime;
import vn.lienthong.procedure.calendar.TimeLimitUnit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An administrative procedure of the catalogue (thủ tục hành chính, MaTTHC). */
@Entity
@Table(name = "procedure_type")
@NamedQuery(name = Procedure.ACTIVE, query = "select p from Procedure p where p.active = true order by p.code")
@NamedQuery(name = Procedure.ACTIVE_OF_AGENCY, query = "select p from Procedure p where p.active = true"
        + " and :agency member of p.handlingAgencies order by p.code")
@NamedQuery(name = Procedure.ACTIVE_IN_FIELD, query = "select p from Procedure p where p.active = true"
        + " and p.fieldCode = :field order by p.code")
@NamedQuery(name = Procedure.ACTIVE_OF_AGENCY_IN_FIELD, query = "select p from Procedure p where p.active = true"
        + " and :agency member of p.handlingAgencies and p.fieldCode = :field order by p.code")
@NamedQuery(name = Procedure.COUNT_ACTIVE, query = "select count(p) from Procedure p where p.active = true")
@NamedQuery(name = Procedure.COUNT_ACTIVE_OF_AGENCY, query = "select count(p) from Procedure p where p.active = true"
        + " and :agency member of p.handlingAgencies")
@NamedQuery(name = Procedure.COUNT_ACTIVE_IN_FIELD, query = "select count(p) from Procedure p where p.active = true"
        + " and p.fieldCode = :field")
@NamedQuery(name = Procedure.COUNT_ACTIVE_OF_AGENCY_IN_FIELD, query = "select count(p) from Procedure p where p.active = true"
        + " and :agency member of p.handlingAgencies and p.fieldCode = :field")
public class Procedure {

    static final String ACTIVE = "Procedure.active";
    static final String ACTIVE_OF_AGENCY = "Procedure.activeOfAgency";
    static final String ACTIVE_IN_FIELD = "Procedure.activeInField";
    static final String ACTIVE_OF_AGENCY_IN_FIELD = "Procedure.activeOfAgencyInField";
    static final String COUNT_ACTIVE = "Procedure.countActive";
    static final String COUNT_ACTIVE_OF_AGENCY = "Procedure.countActiveOfAgency";
    static final String COUNT_ACTIVE_IN_FIELD = "Procedure.countActiveInField";
    static final String COUNT_ACTIVE_OF_AGENCY_IN_FIELD = "Procedure.countActiveOfAgencyInField";

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 1000)
    private String name;

    @Column(name = "field_code", nullable = false, length = 40)
    private String fieldCode;

    @Column(name = "field_name", nullable = false, length = 400)
    private String fieldName;

    @Column(name = "time_amount", nullable = false)
    private int timeAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_unit", nullable = false, length = 20)
    private TimeLimitUnit timeUnit;

    @Column(name = "pause_allowed", nullable = false)
    private boolean pauseAllowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "pause_effect", nullable = false, length = 10)
    private PauseEffect pauseEffect;

    @Column(name = "extension_allowed", nullable = false)
    private boolean extensionAllowed;

    @Column(name = "active", nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_agency", joinColumns = @JoinColumn(name = "procedure_code"))
    @OrderColumn(name = "position")
    @Column(name = "agency_code", length = 32)
    private List<String> handlingAgencies = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_paper", joinColumns = @JoinColumn(name = "procedure_code"))
    @OrderColumn(name = "position")
    private List<RequiredPaper> papers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_fee", joinColumns = @JoinColumn(name = "procedure_code"))
    @OrderColumn(name = "position")
    private List<Fee> fees = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_step", joinColumns = @JoinColumn(name = "procedure_code"))
    @OrderColumn(name = "position")
    private List<ProcedureStep> steps = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected Procedure() {
        // for JPA
    }

    public Procedure(ProcedureDefinition definition, String actor, Instant now) {
        this.code = definition.code();
        this.createdAt = now;
        this.active = true;
        redefine(definition, actor, now);
    }

    /** Replaces everything but the code; dossiers already received keep the due date they were given. */
    public void redefine(ProcedureDefinition d, String actor, Instant now) {
        this.name = d.name();
        this.fieldCode = d.fieldCode();
        this.fieldName = d.fieldName();
        this.timeAmount = d.processingTime().amount();
        this.timeUnit = d.processingTime().unit();
        this.pauseAllowed = d.pauseAllowed();
        this.pauseEffect = d.pauseEffect();
        this.extensionAllowed = d.extensionAllowed();
        this.handlingAgencies.clear();
        d.handlingAgencies().forEach(a -> this.handlingAgencies.add(a.value()));
        this.papers.clear();
        this.papers.addAll(d.papers());
        this.fees.clear();
        this.fees.addAll(d.fees());
        this.steps.clear();
        this.steps.addAll(d.steps());
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public void setActive(boolean active, String actor, Instant now) {
        this.active = active;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String fieldCode() {
        return fieldCode;
    }

    public String fieldName() {
        return fieldName;
    }

    public ProcessingTime processingTime() {
        return new ProcessingTime(timeAmount, timeUnit);
    }

    public boolean pauseAllowed() {
        return pauseAllowed;
    }

    public PauseEffect pauseEffect() {
        return pauseEffect;
    }

    public boolean extensionAllowed() {
        return extensionAllowed;
    }

    public boolean active() {
        return active;
    }

    public List<AgencyCode> handlingAgencies() {
        return handlingAgencies.stream().map(AgencyCode::new).toList();
    }

    public boolean handledBy(AgencyCode agency) {
        return handlingAgencies.contains(agency.value());
    }

    public List<RequiredPaper> papers() {
        return List.copyOf(papers);
    }

    public List<Fee> fees() {
        return List.copyOf(fees);
    }

    public List<ProcedureStep> steps() {
        return List.copyOf(steps);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
