package vn.lienthong.procedure.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.catalogue.ProcedureCode;
import vn.lienthong.procedure.catalogue.ProcedureCodeConverter;
import vn.lienthong.procedure.dossier.DossierTransitions.Row;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A dossier (hồ sơ) of one procedure, received by one agency. Its state changes only through the
 * methods below, one per action, each along its row of {@link DossierTransitions}; each returns the
 * log line of the change. Its times (receipt, due date, pauses, return, close) are kept in {@link DossierClock}
 * (the portal's payload reads them as {@link NationalRecordTimes}).
 * The code is the row's identifier, kept as text: JPA converts no identifiers (docs/architecture.md).
 */
@Entity
@Table(name = "dossier")
@NamedQuery(name = "Dossier.workList",
        query = "select d from Dossier d where d.agency = :agency order by d.clock.registeredAt, d.code")
@NamedQuery(name = "Dossier.workListInState", query = "select d from Dossier d where d.agency = :agency and d.state = :state"
        + " order by d.clock.registeredAt, d.code")
@NamedQuery(name = "Dossier.overdueWorkList", query = "select d from Dossier d where d.agency = :agency and d.clock.dueAt < :now"
        + " and d.clock.closedAt is null and d.clock.finishedAt is null and d.clock.pausedSince is null"
        + " order by d.clock.registeredAt, d.code")
@NamedQuery(name = "Dossier.overdueWorkListInState", query = "select d from Dossier d where d.agency = :agency"
        + " and d.state = :state and d.clock.dueAt < :now and d.clock.closedAt is null and d.clock.finishedAt is null"
        + " and d.clock.pausedSince is null order by d.clock.registeredAt, d.code")
public class Dossier implements NationalRecordTimes {

    @Id
    @Column(name = "code", length = 60)
    private String code;

    @Convert(converter = ProcedureCodeConverter.class)
    @Column(name = "procedure_code", nullable = false, length = 40)
    private ProcedureCode procedureCode;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "agency_code", nullable = false, length = 32)
    private AgencyCode agency;

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

    @Embedded
    private ApplicantColumns applicant;

    /** The second factor of the public look-up, printed on the receipt. */
    @Convert(converter = LookupKeyConverter.class)
    @Column(name = "lookup_key", nullable = false, length = 16)
    private LookupKey lookupKey;

    @Column(name = "summary", length = 1000)
    private String summary;

    @Embedded
    private DossierClock clock;

    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected Dossier() {
        // for JPA
    }

    /** A dossier just submitted ({@code REGISTERED}); {@link #takeIn} writes its first log line. */
    public Dossier(DossierCode code, Procedure procedure, AgencyCode agency, IntakeRequest intake, Instant now) {
        this.code = code.value();
        this.procedureCode = ProcedureCode.of(procedure.code());
        this.agency = agency;
        this.channel = intake.channel().nationalCode();
        this.state = DossierState.REGISTERED;
        this.currentStep = 1;
        this.stepCount = procedure.steps().size();
        this.applicant = new ApplicantColumns(intake.applicant());
        this.summary = intake.summary();
        this.lookupKey = LookupKey.next();
        this.clock = new DossierClock(now);
    }

    /** Intake: at the counter or by post an officer has the papers in hand, so it is received at once. */
    public DossierEvent takeIn(Acting by, ProcessingRules rules) {
        if (eventCount > 0) {
            throw new IllegalStateException("Dossier " + code + " was taken in already");
        }
        if (channel() != Channel.ONLINE) {
            state = DossierState.RECEIVED;
            clock.receive(by.at(), rules, new DossierIntervals(dossierCode(), List.of()));
        }
        return line(DossierAction.INTAKE, null, null, by, null);
    }

    /** An officer accepts an online submission (tiếp nhận): the clock starts. */
    public DossierEvent accept(String note, Acting by, ProcessingRules rules, DossierIntervals intervals) {
        return transition(DossierAction.ACCEPT, note, by, null, from -> clock.receive(by.at(), rules, intervals));
    }

    /** Refused at intake (từ chối tiếp nhận). */
    public DossierEvent refuse(String reason, Acting by, DossierIntervals intervals) {
        return close(DossierAction.REFUSE, reason, by, intervals);
    }

    /** The applicant withdraws it (rút hồ sơ). */
    public DossierEvent withdraw(String reason, Acting by, DossierIntervals intervals) {
        return close(DossierAction.WITHDRAW, reason, by, intervals);
    }

    /** Processing stops (dừng xử lý). */
    public DossierEvent stop(String reason, Acting by, DossierIntervals intervals) {
        return close(DossierAction.STOP, reason, by, intervals);
    }

    /** The current step is done; the next step's owner decides where the dossier goes. */
    public DossierEvent completeStep(String note, Acting by, ProcessingRules rules) {
        int next = currentStep + 1;
        DossierState to = next > stepCount ? DossierState.FINISHED
                : rules.ownerOf(next, agency).equals(agency) ? DossierState.PROCESSING : DossierState.INTEROPERATING;
        return transition(DossierAction.COMPLETE_STEP, note, by, to, from -> {
            currentStep = next;
            if (state == DossierState.FINISHED) {
                clock.finish(by.at());
            }
        });
    }

    /** Supplementary papers are asked for: the clock stops until they come (yêu cầu bổ sung). */
    public DossierEvent requestSupplement(String reason, Acting by, ProcessingRules rules, DossierIntervals intervals) {
        DossierTransitions.of(DossierAction.REQUEST_SUPPLEMENT).requireReason(reason);
        rules.requirePausing(code, DossierAction.REQUEST_SUPPLEMENT);
        return pause(DossierAction.REQUEST_SUPPLEMENT, DossierInterval.Kind.SUPPLEMENT, reason, by, intervals);
    }

    /** Fees or tax are asked for: the clock stops until they are paid. */
    public DossierEvent requestPayment(String reason, Acting by, DossierIntervals intervals) {
        return pause(DossierAction.REQUEST_PAYMENT, DossierInterval.Kind.PAYMENT, reason, by, intervals);
    }

    /** The supplementary papers came: the clock runs again and the due date moves by the pause. */
    public DossierEvent resubmit(String note, Acting by, ProcessingRules rules, DossierIntervals intervals) {
        return resume(DossierAction.RESUBMIT, note, by, rules, intervals);
    }

    /** The fees were paid: the clock runs again and the due date moves by the pause. */
    public DossierEvent confirmPayment(String note, Acting by, ProcessingRules rules, DossierIntervals intervals) {
        return resume(DossierAction.CONFIRM_PAYMENT, note, by, rules, intervals);
    }

    /** The due date moves by whole units of the procedure's own unit, with an apology letter to the applicant. */
    public DossierEvent extend(Integer units, String reason, String apology, Acting by, ProcessingRules rules,
                               DossierIntervals intervals) {
        DossierTransitions.of(DossierAction.EXTEND).requireReason(reason);
        rules.requireExtending(code, DossierAction.EXTEND);
        Extension extension = new Extension(units, reason, apology);
        return transition(DossierAction.EXTEND, reason, by, null,
                from -> clock.extend(extension, by.at(), rules, intervals));
    }

    /** The result is handed to the applicant: early, on time or late against the due date. */
    public DossierEvent returnResult(String note, Acting by) {
        return transition(DossierAction.RETURN_RESULT, note, by, null, from -> clock.returned(by.at(), note));
    }

    private DossierEvent close(DossierAction action, String reason, Acting by, DossierIntervals intervals) {
        return transition(action, reason, by, null,
                from -> intervals.openPause().ifPresent(p -> p.end(by.at(), clock.dueAt().orElse(null))));
    }

    private DossierEvent pause(DossierAction action, DossierInterval.Kind kind, String reason, Acting by,
                               DossierIntervals intervals) {
        return transition(action, reason, by, null, from -> {
            resumeState = from;
            clock.pause(kind, reason, by.at(), intervals);
        });
    }

    private DossierEvent resume(DossierAction action, String note, Acting by, ProcessingRules rules,
                                DossierIntervals intervals) {
        return transition(action, note, by, null, from -> {
            resumeState = null;
            clock.resume(code, by.at(), rules, intervals);
        });
    }

    /**
     * Moves along the action's row of {@link DossierTransitions}, to the row's target ({@code chosen}
     * where the row leaves the choice to the action), lets the action record what it records, and
     * returns the log line. Refused, it changes nothing.
     *
     * @param reason the log line's reason, checked against the row; the result note for a return
     */
    private DossierEvent transition(DossierAction action, String reason, Acting by, DossierState chosen,
                                    Consumer<DossierState> records) {
        Row row = DossierTransitions.of(action);
        row.requireReason(reason);
        DossierState to = row.leadFrom(code, state, resumeState, chosen);
        int step = currentStep;
        DossierState from = state;
        state = to;
        clock.changed(by.at(), to.isClosed());
        records.accept(from);
        return line(action, from, step, by, reason);
    }

    private DossierEvent line(DossierAction action, DossierState from, Integer step, Acting by, String reason) {
        return new DossierEvent(code, ++eventCount, by.at(), by.actor(), by.agency(), action, from, state, step, reason,
                clock.dueAt().orElse(null));
    }

    /** The code as printed on the receipt; {@link #dossierCode()} is the value it parses to. */
    public String code() {
        return code;
    }

    public DossierCode dossierCode() {
        return DossierCode.parse(code);
    }

    /** The procedure's code as the catalogue finds it. */
    public String procedureCode() {
        return procedureCode.value();
    }

    public AgencyCode agency() {
        return agency;
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
        return applicant.applicant();
    }

    public LookupKey lookupKey() {
        return lookupKey;
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    /** Receipt, due date, pauses, finish, return (with its timeliness and note) and close. */
    @Override
    public DossierClock clock() {
        return clock;
    }
}
