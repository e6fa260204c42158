package vn.lienthong.procedure.dossier;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.calendar.ClockPause;
import vn.lienthong.procedure.calendar.DeadlineCalculator;
import vn.lienthong.procedure.calendar.WorkingCalendars;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.catalogue.ProcedureStep;
import vn.lienthong.procedure.catalogue.UnknownProcedureException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Intake and processing of dossiers: every change goes through {@link #act}, which locks the
 * dossier, checks the caller and the state machine, recomputes the due date from the interval
 * records, and logs who, when and why.
 */
@Stateless
public class DossierService {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    ProcedureCatalogue catalogue;

    @EJB
    DossierCounters counters;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Event<DossierChanged> changes;

    @Inject
    Clock clock;

    public Dossier intake(AgencyCode unit, IntakeRequest request, String actor) {
        Procedure procedure = catalogue.find(request.procedureCode()).filter(Procedure::active)
                .orElseThrow(() -> new UnknownProcedureException(request.procedureCode()));
        if (!procedure.handledBy(unit)) {
            throw new NotHandledHereException(procedure.code(), unit.value());
        }
        Instant now = clock.instant();
        LocalDate day = now.atZone(HubClock.ZONE).toLocalDate();
        String code = DossierCode.of(unit, day, counters.next(unit, day));
        Dossier dossier = new Dossier(code, procedure, unit, request, now);
        em.persist(dossier);
        int position = 1;
        for (SubmittedPaper paper : request.papers()) {
            em.persist(new DossierPaper(code, position++, paper));
        }
        DossierState to = DossierState.REGISTERED;
        if (request.channel() != Channel.ONLINE) {
            // At the counter or by post an officer has the papers in hand: received at once.
            to = DossierState.RECEIVED;
            dossier.startAs(to);
            dossier.received(now);
            dossier.dueAt(computeDue(dossier, procedure));
        }
        log(dossier, DossierAction.INTAKE, null, to, null, actorName(request.officer(), actor), unit, now);
        return dossier;
    }

    public Dossier act(String code, DossierAction action, ActionRequest request, AgencyCode caller, String actor) {
        if (action == DossierAction.INTAKE) {
            throw new IllegalArgumentException("Intake is not an action on an existing dossier");
        }
        Dossier dossier = Optional.ofNullable(em.find(Dossier.class, code, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new UnknownDossierException(code));
        Procedure procedure = catalogue.get(dossier.procedureCode());
        authorize(dossier, procedure, action, caller);
        if (action.reasonRequired() && request.reason() == null) {
            throw new InvalidRequestException("reason", action.pathName() + " needs a reason",
                    "Cần nêu lý do khi thực hiện " + action.pathName());
        }
        Instant now = clock.instant();
        int step = dossier.currentStep();
        DossierState from = dossier.state();
        switch (action) {
            case ACCEPT -> {
                dossier.move(action, DossierState.RECEIVED, now);
                dossier.received(now);
                dossier.dueAt(computeDue(dossier, procedure));
            }
            case REFUSE, WITHDRAW, STOP -> {
                DossierState to = switch (action) {
                    case REFUSE -> DossierState.REFUSED;
                    case WITHDRAW -> DossierState.WITHDRAWN;
                    default -> DossierState.STOPPED;
                };
                dossier.move(action, to, now);
                openPause(dossier).ifPresent(p -> p.end(now, dossier.dueAt().orElse(null)));
            }
            case COMPLETE_STEP -> completeStep(dossier, procedure, now);
            case REQUEST_SUPPLEMENT, REQUEST_PAYMENT -> {
                if (action == DossierAction.REQUEST_SUPPLEMENT && !procedure.pauseAllowed()) {
                    throw new IllegalTransitionException(code, action, "procedure " + procedure.code()
                            + " does not allow pausing", "thủ tục " + procedure.code() + " không cho phép tạm dừng");
                }
                DossierState to = action == DossierAction.REQUEST_SUPPLEMENT
                        ? DossierState.SUPPLEMENT_REQUESTED : DossierState.PAYMENT_REQUESTED;
                DossierState before = dossier.move(action, to, now);
                dossier.pause(now, before);
                em.persist(DossierInterval.pause(code, nextIntervalSeq(code),
                        action == DossierAction.REQUEST_SUPPLEMENT ? DossierInterval.Kind.SUPPLEMENT : DossierInterval.Kind.PAYMENT,
                        now, request.reason(), dossier.dueAt().orElse(null)));
            }
            case RESUBMIT, CONFIRM_PAYMENT -> {
                if (!action.allowedFrom(dossier.state())) {
                    throw new IllegalTransitionException(code, action, dossier.state());
                }
                dossier.move(action, dossier.resume(), now);
                DossierInterval pause = openPause(dossier).orElseThrow(() ->
                        new IllegalStateException("Dossier " + code + " is paused without an open interval"));
                pause.end(now, null);
                em.flush();
                Instant due = computeDue(dossier, procedure);
                dossier.dueAt(due);
                pause.end(now, due);
            }
            case EXTEND -> {
                if (!procedure.extensionAllowed()) {
                    throw new IllegalTransitionException(code, action, "procedure " + procedure.code()
                            + " does not allow extensions", "thủ tục " + procedure.code() + " không cho phép gia hạn");
                }
                if (request.apology() == null) {
                    throw new InvalidRequestException("apology", "An extension needs the apology letter to the applicant",
                            "Gia hạn cần có văn bản xin lỗi gửi người nộp hồ sơ");
                }
                if (request.units() == null || request.units() < 1 || request.units() > 3650) {
                    throw new InvalidRequestException("units", "units (1-3650, in the procedure's unit) is required",
                            "Cần số ngày gia hạn (1-3650)");
                }
                dossier.move(action, dossier.state(), now);
                Instant before = dossier.dueAt().orElse(null);
                dossier.extendBy(request.units());
                Instant after = computeDue(dossier, procedure);
                dossier.dueAt(after);
                em.persist(DossierInterval.extension(code, nextIntervalSeq(code), now, request.units(),
                        request.reason(), request.apology(), before, after));
            }
            case RETURN_RESULT -> {
                dossier.move(action, DossierState.RETURNED, now);
                Timeliness timeliness = dossier.dueAt()
                        .map(due -> Timeliness.of(now, due))
                        .orElse(Timeliness.ON_TIME);
                dossier.returned(now, timeliness, request.note());
            }
            default -> throw new IllegalArgumentException("Unhandled action " + action);
        }
        String reason = action == DossierAction.RETURN_RESULT ? request.note() : request.reason();
        log(dossier, action, from, dossier.state(), step, actorName(request.officer(), actor), caller, now, reason);
        return dossier;
    }

    /**
     * Completes step {@code step} for its owner if it is still the dossier's current step. A report
     * about an earlier step (its owner completed it over REST, and the dossier has moved on) must not
     * complete whatever step the dossier is at now.
     *
     * @return whether the step was completed
     */
    public boolean completeStepIfCurrent(String code, int step, ActionRequest request, AgencyCode caller, String actor) {
        Dossier dossier = Optional.ofNullable(em.find(Dossier.class, code, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new UnknownDossierException(code));
        if (dossier.currentStep() != step) {
            return false;
        }
        act(code, DossierAction.COMPLETE_STEP, request, caller, actor);
        return true;
    }

    private void completeStep(Dossier dossier, Procedure procedure, Instant now) {
        int next = dossier.currentStep() + 1;
        DossierState to;
        if (next > dossier.stepCount()) {
            to = DossierState.FINISHED;
        } else {
            to = ownerOf(dossier, procedure, next).equals(dossier.agency())
                    ? DossierState.PROCESSING : DossierState.INTEROPERATING;
        }
        dossier.move(DossierAction.COMPLETE_STEP, to, now);
        dossier.advanceStep();
        if (to == DossierState.FINISHED) {
            dossier.finished(now);
        }
    }

    /** The agency that does step {@code step} (1-based) of this dossier. */
    public AgencyCode ownerOf(Dossier dossier, Procedure procedure, int step) {
        List<ProcedureStep> steps = procedure.steps();
        if (step < 1 || step > steps.size()) {
            return dossier.agency();
        }
        return steps.get(step - 1).owner().orElse(dossier.agency());
    }

    public Optional<Dossier> find(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Dossier.class, c));
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
    public Dossier lookup(String code, String typedKey) {
        if (typedKey == null || typedKey.isBlank()) {
            throw new InvalidRequestException("key", "The look-up key printed on the receipt is required",
                    "Cần mã tra cứu in trên giấy tiếp nhận hồ sơ");
        }
        return find(code).filter(d -> d.lookupKey().matches(typedKey))
                .orElseThrow(() -> UnknownDossierException.forLookup(code));
    }

    /** The dossier, for its receiving agency or an agency that owns one of its steps. */
    public Dossier get(String code, AgencyCode caller) {
        Dossier dossier = lookup(code);
        if (!involved(dossier, catalogue.get(dossier.procedureCode()), caller)) {
            throw new NotYourDossierException(code, caller.value());
        }
        return dossier;
    }

    public List<DossierEvent> log(String code) {
        return em.createQuery("select e from DossierEvent e where e.dossierCode = :code order by e.seq", DossierEvent.class)
                .setParameter("code", code).getResultList();
    }

    public List<DossierInterval> intervals(String code) {
        return em.createQuery("select i from DossierInterval i where i.dossierCode = :code order by i.seq",
                DossierInterval.class).setParameter("code", code).getResultList();
    }

    public List<DossierPaper> papers(String code) {
        return em.createQuery("select p from DossierPaper p where p.dossierCode = :code order by p.seq",
                DossierPaper.class).setParameter("code", code).getResultList();
    }

    private void authorize(Dossier dossier, Procedure procedure, DossierAction action, AgencyCode caller) {
        boolean allowed = action == DossierAction.COMPLETE_STEP
                ? ownerOf(dossier, procedure, dossier.currentStep()).equals(caller)
                : dossier.agency().equals(caller);
        if (!allowed) {
            if (!involved(dossier, procedure, caller)) {
                throw new NotYourDossierException(dossier.code(), caller.value());
            }
            throw new IllegalTransitionException(dossier.code(), action,
                    "the current step belongs to " + ownerOf(dossier, procedure, dossier.currentStep()),
                    "bước hiện tại thuộc cơ quan " + ownerOf(dossier, procedure, dossier.currentStep()));
        }
    }

    private boolean involved(Dossier dossier, Procedure procedure, AgencyCode caller) {
        if (dossier.agency().equals(caller)) {
            return true;
        }
        return procedure.steps().stream().anyMatch(s -> s.owner().filter(caller::equals).isPresent());
    }

    private Instant computeDue(Dossier dossier, Procedure procedure) {
        DeadlineCalculator calculator = calendars.deadlinesFor(dossier.agency());
        List<ClockPause> pauses = intervals(dossier.code()).stream()
                .filter(DossierInterval::isPause)
                .filter(i -> i.endedAt().isPresent())
                .map(i -> new ClockPause(local(i.startedAt()), local(i.endedAt().get())))
                .toList();
        LocalDateTime due = calculator.dueDate(local(dossier.receivedAt().orElseThrow()), procedure.processingTime(),
                pauses, dossier.extensionUnits(), procedure.pauseEffect());
        return due.atZone(HubClock.ZONE).toInstant();
    }

    private Optional<DossierInterval> openPause(Dossier dossier) {
        return intervals(dossier.code()).stream().filter(DossierInterval::isPause)
                .filter(i -> i.endedAt().isEmpty()).findFirst();
    }

    private int nextIntervalSeq(String code) {
        Integer max = em.createQuery("select max(i.seq) from DossierInterval i where i.dossierCode = :code", Integer.class)
                .setParameter("code", code).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void log(Dossier dossier, DossierAction action, DossierState from, DossierState to, Integer step,
                     String actor, AgencyCode agency, Instant now) {
        log(dossier, action, from, to, step, actor, agency, now, null);
    }

    private void log(Dossier dossier, DossierAction action, DossierState from, DossierState to, Integer step,
                     String actor, AgencyCode agency, Instant now, String reason) {
        int seq = dossier.nextEventSeq();
        em.persist(new DossierEvent(dossier.code(), seq, now, actor, agency == null ? null : agency.value(), action,
                from, to, step, reason, dossier.dueAt().orElse(null)));
        changes.fire(new DossierChanged(dossier.code(), seq, action, from, to, dossier.currentStep(), agency));
    }

    private static String actorName(String officer, String principal) {
        return officer != null ? officer : principal;
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, HubClock.ZONE);
    }
}
