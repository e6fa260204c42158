package vn.lienthong.procedure.feedback;

import vn.lienthong.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.directory.agency.UnknownAgencyException;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.text.Texts;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.dossier.Dossier;
import vn.lienthong.procedure.dossier.DossierService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Citizen feedback (phản ánh, kiến nghị) from submission to publication. Each change is one
 * transaction that locks the feedback, checks the caller and {@link FeedbackAction}'s table, and
 * logs who, when and why; publishing also queues the publication for the national portal in the
 * same transaction, so a publication never commits without its portal row nor the reverse. Callers
 * receive {@code *View} records: the agency's and administrators' {@link FeedbackView}, the public
 * {@link PublicFeedbackView} (nothing personal), checked against the caller here.
 */
@Stateless
public class FeedbackService {

    /** The log's actor for what the hub decides by itself (automatic routing). */
    static final String HUB = "hub";
    /** The log's actor for the submission: the sender's name is personal data and stays in the contact columns. */
    static final String CITIZEN = "citizen";

    @Inject
    FeedbackRepository feedbacks;

    @EJB
    OutboxService outbox;

    @EJB
    DossierService dossiers;

    @EJB
    ProcedureCatalogue catalogue;

    @EJB
    DirectoryService directory;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /**
     * Takes a citizen's feedback in and routes it at once when the responsible agency is known: the
     * agency that received the dossier it names, or else the only agency handling the procedure it
     * names. Otherwise it waits for an administrator ({@link FeedbackState#SUBMITTED}).
     */
    public PublicFeedbackView submit(FeedbackSubmission submission) {
        Optional<Dossier> dossier = submission.dossier().map(code -> dossiers.find(code).orElseThrow(() ->
                new InvalidRequestException("dossierCode", "No dossier with code " + code,
                        "Không có hồ sơ mang mã " + code)));
        Optional<Procedure> procedure = submission.procedure().map(code -> catalogue.find(code).orElseThrow(() ->
                new InvalidRequestException("procedureCode", "No procedure with code " + code,
                        "Không có thủ tục mang mã " + code)));
        if (dossier.isPresent() && procedure.isPresent() && !dossier.get().procedureCode().equals(procedure.get().code())) {
            throw new InvalidRequestException("procedureCode", "Dossier " + dossier.get().code() + " is of procedure "
                    + dossier.get().procedureCode() + ", not " + procedure.get().code(),
                    "Hồ sơ " + dossier.get().code() + " thuộc thủ tục " + dossier.get().procedureCode() + ", không phải "
                            + procedure.get().code());
        }
        Instant now = clock.instant();
        String code = FeedbackCode.next(now.atZone(HubClock.ZONE).toLocalDate());
        Feedback feedback = new Feedback(code, submission, dossier.map(Dossier::dossierCode).orElse(null),
                procedure.map(Procedure::code).or(() -> dossier.map(Dossier::procedureCode)).orElse(null), now);
        feedbacks.add(feedback);
        log(feedback, FeedbackAction.SUBMIT, null, CITIZEN, null, now, null);

        Optional<String> why = Optional.empty();
        Optional<AgencyCode> responsible = Optional.empty();
        if (dossier.isPresent()) {
            responsible = Optional.of(dossier.get().agency());
            why = Optional.of("the agency that received dossier " + dossier.get().code());
        } else if (procedure.isPresent() && procedure.get().handlingAgencies().size() == 1) {
            responsible = Optional.of(procedure.get().handlingAgencies().get(0));
            why = Optional.of("the only agency handling procedure " + procedure.get().code());
        }
        if (responsible.filter(this::active).isPresent()) {
            feedback.move(FeedbackAction.ROUTE, FeedbackState.ROUTED, now);
            feedback.routeTo(responsible.get());
            log(feedback, FeedbackAction.ROUTE, FeedbackState.SUBMITTED, HUB, null, now, why.get());
        }
        return publicView(feedback);
    }

    /** An administrator gives the feedback to an agency, or to another one, until it is answered. */
    public FeedbackView route(String code, AgencyCode agency, String reason, String administrator) {
        Feedback feedback = lock(code);
        String why = requireReason(FeedbackAction.ROUTE, reason);
        if (agency == null) {
            throw new InvalidRequestException("agencyCode", "agencyCode is required", "Cần mã định danh cơ quan (agencyCode)");
        }
        Agency target = directory.findAgency(agency).orElseThrow(() -> new UnknownAgencyException(agency));
        if (!target.isActive()) {
            throw new InvalidRequestException("agencyCode", "Agency " + agency + " is no longer active",
                    "Cơ quan " + agency + " đã ngừng hoạt động");
        }
        Instant now = clock.instant();
        FeedbackView before = FeedbackView.of(feedback);
        FeedbackState from = feedback.move(FeedbackAction.ROUTE, FeedbackState.ROUTED, now);
        feedback.routeTo(agency);
        log(feedback, FeedbackAction.ROUTE, from, administrator, null, now, why);
        FeedbackView after = FeedbackView.of(feedback);
        audit.record(administrator, "feedback.route", code, before, after);
        return after;
    }

    /** The agency is not responsible: the feedback goes back to the administrators for routing. */
    public FeedbackView giveBack(String code, AgencyCode caller, String reason, String officer) {
        Feedback feedback = lockFor(code, caller);
        String why = requireReason(FeedbackAction.GIVE_BACK, reason);
        Instant now = clock.instant();
        FeedbackState from = feedback.move(FeedbackAction.GIVE_BACK, FeedbackState.SUBMITTED, now);
        feedback.routeTo(null);
        log(feedback, FeedbackAction.GIVE_BACK, from, actor(officer, caller), caller, now, why);
        return FeedbackView.of(feedback);
    }

    /** The responsible agency answers (or revises its answer before publishing it). */
    public FeedbackView answer(String code, AgencyCode caller, String answer, String officer) {
        Feedback feedback = lockFor(code, caller);
        String text = Texts.required(answer, "answer", 4000);
        String by = actor(officer, caller);
        Instant now = clock.instant();
        FeedbackState from = feedback.move(FeedbackAction.ANSWER, FeedbackState.ANSWERED, now);
        feedback.answered(text, by, now);
        log(feedback, FeedbackAction.ANSWER, from, by, caller, now, null);
        return FeedbackView.of(feedback);
    }

    /**
     * The responsible agency publishes question and answer; it may publish an edited title and
     * question text when the citizen wrote personal details into them. The publication is queued for
     * the national portal in this transaction.
     */
    public FeedbackView publish(String code, AgencyCode caller, String title, String question, String officer) {
        Feedback feedback = lockFor(code, caller);
        String publicTitle = Texts.optional(title, "title", 300);
        String publicQuestion = Texts.optional(question, "question", 4000);
        Instant now = clock.instant();
        FeedbackState from = feedback.move(FeedbackAction.PUBLISH, FeedbackState.PUBLISHED, now);
        feedback.published(publicTitle, publicQuestion, now);
        int seq = log(feedback, FeedbackAction.PUBLISH, from, actor(officer, caller), caller, now, null);
        String agencyName = directory.findAgency(caller).map(Agency::name).orElse(caller.value());
        outbox.enqueue(FeedbackPublicationSender.QUEUE, code, seq, FeedbackPayload.of(feedback, agencyName).toString());
        return FeedbackView.of(feedback);
    }

    /** For the responsible agency only: everything, contact details included. */
    public FeedbackView get(String code, AgencyCode caller) {
        return FeedbackView.of(readableBy(code, caller));
    }

    /** For administrators: everything, contact details included. */
    public FeedbackView get(String code) {
        return FeedbackView.of(existing(code));
    }

    /** For anyone: what {@link PublicFeedbackView} shows, which is only what was published. */
    public PublicFeedbackView lookup(String code) {
        return publicView(existing(code));
    }

    /** The agency's feedback, oldest first (the order to answer it in). */
    public List<FeedbackView> ofAgency(AgencyCode agency, Optional<FeedbackState> state, int limit, int offset) {
        return feedbacks.ofAgency(agency, state, limit, offset).stream().map(FeedbackView::of).toList();
    }

    /** All feedback for administrators, oldest first; {@code SUBMITTED} is the list waiting for routing. */
    public List<FeedbackView> all(Optional<FeedbackState> state, int limit, int offset) {
        return feedbacks.all(state, limit, offset).stream().map(FeedbackView::of).toList();
    }

    /** The published answers, newest first, optionally of one agency or one procedure. */
    public List<PublicFeedbackView> published(Optional<AgencyCode> agency, Optional<String> procedureCode, int limit,
                                              int offset) {
        return feedbacks.published(agency, procedureCode, limit, offset).stream().map(this::publicView).toList();
    }

    /** The log, for the responsible agency only. */
    public List<FeedbackEventView> log(String code, AgencyCode caller) {
        return events(readableBy(code, caller).code());
    }

    /** The log, for administrators. */
    public List<FeedbackEventView> log(String code) {
        return events(existing(code).code());
    }

    private List<FeedbackEventView> events(String code) {
        return feedbacks.events(code).stream().map(FeedbackEventView::of).toList();
    }

    private Feedback existing(String code) {
        return feedbacks.find(code)
                .orElseThrow(() -> new UnknownFeedbackException(code));
    }

    private Feedback readableBy(String code, AgencyCode caller) {
        return responsible(existing(code), caller);
    }

    private PublicFeedbackView publicView(Feedback f) {
        return PublicFeedbackView.of(f, f.agency().flatMap(directory::findAgency).map(Agency::name).orElse(null));
    }

    private Feedback lock(String code) {
        return feedbacks.lock(code)
                .orElseThrow(() -> new UnknownFeedbackException(code));
    }

    /** Locks the feedback for its responsible agency. */
    private Feedback lockFor(String code, AgencyCode caller) {
        return responsible(lock(code), caller);
    }

    /** Only the responsible agency reads or acts; any other is refused whatever the state. */
    private static Feedback responsible(Feedback feedback, AgencyCode caller) {
        if (!feedback.routedTo(caller)) {
            throw new NotYourFeedbackException(feedback.code(), caller.value());
        }
        return feedback;
    }

    private boolean active(AgencyCode agency) {
        return directory.findAgency(agency).filter(Agency::isActive).isPresent();
    }

    private static String requireReason(FeedbackAction action, String reason) {
        String text = Texts.optional(reason, "reason", 2000);
        if (text == null) {
            throw new InvalidRequestException("reason", action.pathName() + " needs a reason",
                    "Cần nêu lý do khi thực hiện " + action.pathName());
        }
        return text;
    }

    private static String actor(String officer, AgencyCode agency) {
        String name = Texts.optional(officer, "officer", 200);
        return name != null ? name : agency.value();
    }

    private int log(Feedback feedback, FeedbackAction action, FeedbackState from, String actor, AgencyCode actorAgency,
                    Instant now, String reason) {
        int seq = feedback.nextEventSeq();
        feedbacks.add(new FeedbackEvent(feedback.code(), seq, now, actor, actorAgency, action, from, feedback.state(),
                feedback.agency().map(AgencyCode::value).orElse(null), reason));
        return seq;
    }
}
