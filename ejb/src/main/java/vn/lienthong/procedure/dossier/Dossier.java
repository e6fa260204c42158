package vn.lienthong.procedure.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.procedure.catalogue.Procedure;

import java.time.Instant;
import java.util.Optional;

/**
 * A dossier (hồ sơ) of one procedure, received by one agency. Changes of state go only through
 * {@link #move}, which checks the action against {@link DossierAction}'s table; the service
 * writes the log line for each.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @Column(name = "code", length = 60)
    private String code;

    @Column(name = "procedure_code", nullable = false, length = 40)
    private String procedureCode;

    @Column(name = "agency_code", nullable = false, length = 32)
    private String agencyCode;

    @Column(name = "channel", nullable = false)
    private int channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private DossierState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "resume_state", length = 30)
    private DossierState resumeState;

    @Column(name = "current_step", nullable = false)
    private int currentStep;

    @Column(name = "step_count", nullable = false)
    private int stepCount;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;

    @Column(name = "applicant_id_no", length = 40)
    private String applicantIdNumber;

    @Column(name = "applicant_kind", length = 20)
    private String applicantKind;

    @Column(name = "applicant_email", length = 200)
    private String applicantEmail;

    @Column(name = "applicant_phone", length = 40)
    private String applicantPhone;

    /** The second factor of the public look-up, printed on the receipt ({@link LookupKey}). */
    @Column(name = "lookup_key", nullable = false, length = 16)
    private String lookupKey;

    @Column(name = "summary", length = 1000)
    private String summary;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "extension_units", nullable = false)
    private int extensionUnits;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "timeliness", length = 10)
    private Timeliness timeliness;

    @Column(name = "result_note", length = 2000)
    private String resultNote;

    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected Dossier() {
        // for JPA
    }

    public Dossier(String code, Procedure procedure, AgencyCode agency, IntakeRequest intake, Instant now) {
        this.code = code;
        this.procedureCode = procedure.code();
        this.agencyCode = agency.value();
        this.channel = intake.channel().nationalCode();
        this.state = DossierState.REGISTERED;
        this.currentStep = 1;
        this.stepCount = procedure.steps().size();
        Applicant a = intake.applicant();
        this.applicantName = a.name();
        this.applicantIdNumber = a.idNumber();
        this.applicantKind = a.kind();
        this.applicantEmail = a.email();
        this.applicantPhone = a.phone();
        this.summary = intake.summary();
        this.lookupKey = LookupKey.next().value();
        this.registeredAt = now;
        this.updatedAt = now;
    }

    /**
     * Checks the action against the current state and moves to {@code to}.
     *
     * @return the state before
     */
    DossierState move(DossierAction action, DossierState to, Instant now) {
        if (!action.allowedFrom(state)) {
            throw new IllegalTransitionException(code, action, state);
        }
        DossierState before = state;
        state = to;
        updatedAt = now;
        if (to.isClosed()) {
            closedAt = now;
        }
        return before;
    }

    /** At intake, before the first log line: a dossier taken in at the counter starts received. */
    void startAs(DossierState first) {
        this.state = first;
    }


    int nextEventSeq() {
        return ++eventCount;
    }

    /** The clock starts; the due date follows from it (set with {@link #dueAt(Instant)}). */
    void received(Instant at) {
        this.receivedAt = at;
    }

    void advanceStep() {
        currentStep++;
    }

    void pause(Instant since, DossierState resumeTo) {
        this.pausedSince = since;
        this.resumeState = resumeTo;
    }

    DossierState resume() {
        DossierState to = resumeState;
        this.pausedSince = null;
        this.resumeState = null;
        return to;
    }

    void dueAt(Instant due) {
        this.dueAt = due;
    }

    void extendBy(int units) {
        this.extensionUnits += units;
    }

    void finished(Instant at) {
        this.finishedAt = at;
    }

    void returned(Instant at, Timeliness timeliness, String note) {
        this.returnedAt = at;
        this.timeliness = timeliness;
        this.resultNote = note;
    }

    public LookupKey lookupKey() {
        return new LookupKey(lookupKey);
    }

    public String code() {
        return code;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public Channel channel() {
        return Channel.ofNationalCode(channel);
    }

    public DossierState state() {
        return state;
    }

    /** 1-based; {@code stepCount + 1} once every step is done. */
    public int currentStep() {
        return currentStep;
    }

    public int stepCount() {
        return stepCount;
    }

    public Applicant applicant() {
        return new Applicant(applicantName, applicantIdNumber, applicantKind, applicantEmail, applicantPhone);
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<Instant> receivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    public int extensionUnits() {
        return extensionUnits;
    }

    public Optional<Instant> pausedSince() {
        return Optional.ofNullable(pausedSince);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<Instant> returnedAt() {
        return Optional.ofNullable(returnedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Timeliness> timeliness() {
        return Optional.ofNullable(timeliness);
    }

    public Optional<String> resultNote() {
        return Optional.ofNullable(resultNote);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
