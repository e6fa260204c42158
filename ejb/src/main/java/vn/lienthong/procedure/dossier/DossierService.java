package vn.lienthong.procedure.dossier;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.calendar.WorkingCalendars;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.catalogue.UnknownProcedureException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static vn.lienthong.platform.time.HubClock.local;

/**
 * Intake and processing of dossiers, with the answers agencies and citizens get: every change locks
 * the dossier, checks the caller, and lets the dossier move along its transition table
 * ({@link Dossier}'s methods); the service saves the log line and the interval records the move
 * wrote and announces the change ({@link DossierChanged}). Callers outside the EJB module get
 * {@code *View} records, checked against the caller here.
 */
@Stateless
public class DossierService {

    @Inject
    DossierRepository repository;

    @Inject
    ProcedureCatalogue catalogue;

    @EJB
    DossierCounters counters;

    @EJB
    DirectoryService directory;

    @Inject
    WorkingCalendars calendars;

    @Inject
    NationalStatusMapping nationalStatus;

    @Inject
    Event<DossierChanged> changes;

    @Inject
    Clock clock;

    /** Takes a dossier in for {@code unit}, which must handle its procedure; the answer prints the receipt. */
    public DossierView intake(AgencyCode unit, IntakeRequest request, String actor) {
        Procedure procedure = catalogue.find(request.procedureCode()).filter(Procedure::active)
                .orElseThrow(() -> new UnknownProcedureException(request.procedureCode()));
        if (!procedure.handledBy(unit)) {
            throw new NotHandledHereException(procedure.code(), unit.value());
        }
        Instant now = clock.instant();
        LocalDate day = now.atZone(HubClock.ZONE).toLocalDate();
        DossierCode code = new DossierCode(unit, day, counters.next(unit, day));
        Dossier dossier = new Dossier(code, procedure, unit, request, now);
        DossierEvent line = dossier.takeIn(new Acting(actorName(request.officer(), actor), unit, now), rules(dossier, procedure));
        AtomicInteger position = new AtomicInteger(1);
        List<DossierPaper> papers = request.papers().stream()
                .map(p -> new DossierPaper(code, position.getAndIncrement(), p)).toList();
        repository.add(dossier, papers, line);
        announce(dossier, line, unit);
        return view(dossier, papers, List.of());
    }

    /** An action on an existing dossier by {@code caller}; the answer is the dossier after it. */
    public DossierView act(String code, DossierAction action, ActionRequest request, AgencyCode caller, String actor) {
        return change(code, action, request, caller, actor);
    }

    /**
     * Completes step {@code step} for its owner if it is still the dossier's current step. A report
     * about an earlier step (its owner completed it over REST, and the dossier has moved on) must not
     * complete whatever step the dossier is at now.
     *
     * @return whether the step was completed
     */
    public boolean completeStepIfCurrent(String code, int step, ActionRequest request, AgencyCode caller, String actor) {
        Dossier dossier = repository.lock(code).orElseThrow(() -> new UnknownDossierException(code));
        if (dossier.currentStep() != step) {
            return false;
        }
        change(code, DossierAction.COMPLETE_STEP, request, caller, actor);
        return true;
    }

    /** The change, answered with the dossier after it (read from memory: the unit flushes at commit only). */
    private DossierView change(String code, DossierAction action, ActionRequest request, AgencyCode caller, String actor) {
        if (action == DossierAction.INTAKE) {
            throw new IllegalArgumentException("Intake is not an action on an existing dossier");
        }
        Dossier dossier = repository.lock(code).orElseThrow(() -> new UnknownDossierException(code));
        ProcessingRules rules = rules(dossier, catalogue.get(dossier.procedureCode()));
        authorize(dossier, rules, action, caller);
        DossierIntervals intervals = repository.intervals(dossier.dossierCode());
        Acting by = new Acting(actorName(request.officer(), actor), caller, clock.instant());
        DossierEvent line = switch (action) {
            case ACCEPT -> dossier.accept(request.reason(), by, rules, intervals);
            case REFUSE -> dossier.refuse(request.reason(), by, intervals);
            case COMPLETE_STEP -> dossier.completeStep(request.reason(), by, rules);
            case REQUEST_SUPPLEMENT -> dossier.requestSupplement(request.reason(), by, rules, intervals);
            case RESUBMIT -> dossier.resubmit(request.reason(), by, rules, intervals);
            case REQUEST_PAYMENT -> dossier.requestPayment(request.reason(), by, intervals);
            case CONFIRM_PAYMENT -> dossier.confirmPayment(request.reason(), by, rules, intervals);
            case EXTEND -> dossier.extend(request.units(), request.reason(), request.apology(), by, rules, intervals);
            case WITHDRAW -> dossier.withdraw(request.reason(), by, intervals);
            case STOP -> dossier.stop(request.reason(), by, intervals);
            case RETURN_RESULT -> dossier.returnResult(request.note(), by);
            case INTAKE -> throw new IllegalArgumentException("Intake is not an action on an existing dossier");
        };
        repository.addChange(line, intervals);
        announce(dossier, line, caller);
        return view(dossier, repository.papers(dossier.dossierCode()), intervals.all());
    }

    /** The agency that does step {@code step} (1-based) of this dossier. */
    public AgencyCode ownerOf(Dossier dossier, Procedure procedure, int step) {
        return ProcessingRules.ownerOf(procedure, step, dossier.agency());
    }

    /** The dossier, for the hub's own work (hand-overs, feedback): no caller to check. */
    public Optional<Dossier> find(String code) {
        return Optional.ofNullable(code).flatMap(repository::find);
    }

    /** The dossier, for the hub's own work (hand-overs): no caller to check. */
    public Dossier lookup(String code) {
        return find(code).orElseThrow(() -> new UnknownDossierException(code));
    }

    /**
     * For the citizens' public look-up: the caller must hold the code and the look-up key printed on
     * the receipt. A wrong key is answered as an unknown code, so that the answer does not tell
     * which codes exist.
     */
    public DossierLookupView lookup(String code, String typedKey) {
        if (typedKey == null || typedKey.isBlank()) {
            throw new InvalidRequestException("key", "The look-up key printed on the receipt is required",
                    "Cần mã tra cứu in trên giấy tiếp nhận hồ sơ");
        }
        Dossier d = find(code).filter(found -> found.lookupKey().matches(typedKey))
                .orElseThrow(() -> UnknownDossierException.forLookup(code));
        Procedure p = catalogue.get(d.procedureCode());
        String agencyName = directory.findAgency(d.agency()).map(Agency::name).orElse(null);
        DossierClock c = d.clock();
        return new DossierLookupView(d.code(), p.code(), p.name(), d.agency().value(), agencyName,
                nationalStatus.codeOf(d.state()), d.state().name(), local(c.receivedAt().orElse(null)),
                local(c.dueAt().orElse(null)), local(c.returnedAt().orElse(null)));
    }

    /** The dossier, for its receiving agency or an agency that owns one of its steps. */
    public DossierView get(String code, AgencyCode caller) {
        return view(involving(code, caller));
    }

    /** The dossier's log, for the agencies handling it. */
    public List<DossierEventView> log(String code, AgencyCode caller) {
        return repository.log(involving(code, caller).dossierCode()).stream().map(DossierEventView::of).toList();
    }

    /** The file of paper {@code position} (1-based), for the agencies handling the dossier. */
    public PaperFile paper(String code, int position, AgencyCode caller) {
        DossierPaper paper = repository.paper(involving(code, caller).dossierCode(), position)
                .filter(p -> p.content().isPresent())
                .orElseThrow(() -> new UnknownPaperException(code, position));
        return new PaperFile(paper.content().get(), paper.fileName().orElse("paper-" + position),
                paper.mediaType().orElse(null));
    }

    /**
     * The caller's work list: the dossiers it received, oldest first, optionally in one state or only
     * those overdue (open, not finished, not paused, due date passed).
     */
    public List<DossierSummaryView> workList(AgencyCode caller, Optional<DossierState> state, boolean overdueOnly,
                                             int limit, int offset) {
        Instant now = clock.instant();
        return repository.workList(caller, state, overdueOnly, now, limit, offset).stream()
                .map(d -> DossierSummaryView.of(d, nationalStatus.codeOf(d.state()), d.clock().overdue(now))).toList();
    }

    private Dossier involving(String code, AgencyCode caller) {
        Dossier dossier = lookup(code);
        if (!involved(dossier, catalogue.get(dossier.procedureCode()), caller)) {
            throw new NotYourDossierException(code, caller.value());
        }
        return dossier;
    }

    private DossierView view(Dossier d) {
        DossierCode code = d.dossierCode();
        return view(d, repository.papers(code), repository.intervals(code).all());
    }

    private DossierView view(Dossier d, List<DossierPaper> papers, List<DossierInterval> intervals) {
        String owner = d.currentStep() > d.stepCount() ? null
                : ownerOf(d, catalogue.get(d.procedureCode()), d.currentStep()).value();
        return DossierView.of(d, nationalStatus.codeOf(d.state()), owner, papers, intervals);
    }

    private void authorize(Dossier dossier, ProcessingRules rules, DossierAction action, AgencyCode caller) {
        AgencyCode currentOwner = rules.ownerOf(dossier.currentStep(), dossier.agency());
        boolean allowed = action == DossierAction.COMPLETE_STEP ? currentOwner.equals(caller)
                : dossier.agency().equals(caller);
        if (!allowed) {
            if (!involved(dossier, rules.procedure(), caller)) {
                throw new NotYourDossierException(dossier.code(), caller.value());
            }
            throw new IllegalTransitionException(dossier.code(), action, "the current step belongs to " + currentOwner,
                    "bước hiện tại thuộc cơ quan " + currentOwner);
        }
    }

    private static boolean involved(Dossier dossier, Procedure procedure, AgencyCode caller) {
        return dossier.agency().equals(caller)
                || procedure.steps().stream().anyMatch(s -> s.owner().filter(caller::equals).isPresent());
    }

    private ProcessingRules rules(Dossier dossier, Procedure procedure) {
        return new ProcessingRules(procedure, calendars.deadlinesFor(dossier.agency()));
    }

    private void announce(Dossier dossier, DossierEvent line, AgencyCode by) {
        changes.fire(new DossierChanged(dossier.code(), line.seq(), line.action(), line.fromState().orElse(null),
                line.toState(), dossier.currentStep(), by));
    }

    private static String actorName(String officer, String principal) {
        return officer != null ? officer : principal;
    }
}
