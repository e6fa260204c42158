package vn.lienthong.reporting.obligation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyHierarchy;
import vn.lienthong.directory.agency.AgencyTree;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.procedure.calendar.WorkingCalendars;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.platform.NotAllowedException;
import vn.lienthong.reporting.event.ReportingEventKind;
import vn.lienthong.reporting.event.ReportingEvents;
import vn.lienthong.reporting.period.DataWindow;
import vn.lienthong.reporting.period.Frequency;
import vn.lienthong.reporting.period.PeriodKey;
import vn.lienthong.reporting.regime.Regime;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.RegimeService;
import vn.lienthong.reporting.regime.RegimeVersion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens periods (deriving every reporter's obligation), lists them, and lets recipients close and
 * reopen the reports addressed to them. Reporters see their own obligations.
 */
@Stateless
public class PeriodService {

    private static final Logger LOG = Logger.getLogger(PeriodService.class.getName());
    static final int MAX_NOTE = 2000;

    @EJB
    RegimeService regimes;

    @Inject
    PeriodRepository periods;

    @Inject
    ObligationRepository obligations;

    @Inject
    AgencyHierarchy hierarchy;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ReportingEvents events;

    @Inject
    Clock clock;

    /** Opens a period as the regime's issuer or an administrator asks. */
    public PeriodView open(Caller caller, String regimeCode, PeriodOpening request) {
        Regime regime = regimes.regime(regimeCode);
        if (!(caller.administrator() || caller.is(regime.issuer()))) {
            throw new NotAllowedException("Only the issuer of regime " + regimeCode + " (" + regime.issuer() + ") or an administrator opens its periods",
                    "Chỉ cơ quan ban hành chế độ báo cáo " + regimeCode + " (" + regime.issuer() + ") hoặc quản trị viên được mở kỳ báo cáo");
        }
        return open(regime, PeriodKey.parse(regime.frequency(), request.period()), request, caller.name());
    }

    /** Opens a period of an auto-opening regime as the hub itself, when its data window starts. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public PeriodView openAutomatically(String regimeCode, PeriodKey key) {
        return open(regimes.regime(regimeCode), key, PeriodOpening.of(key.text()), "lienthong");
    }

    PeriodView open(Regime regime, PeriodKey key, PeriodOpening request, String actor) {
        regimes.lockForPeriods(regime.code());
        if (periods.find(regime.code(), key).isPresent()) {
            throw new PeriodAlreadyOpenException(regime.code(), key.text());
        }
        RegimeVersion version = regimes.versionFor(regime.code(), key);
        RegimeDefinition definition = version.definition();
        DataWindow window = window(key, definition, request);
        if (request.dueAt().isPresent() && !request.dueAt().get().isAfter(window.end())) {
            throw new InvalidRequestException("dueAt", "The deadline lies after the cut-off day " + window.cutOff() + " (Decree 09 Art 8.5b)",
                    "Thời hạn gửi báo cáo phải sau ngày chốt số liệu " + window.cutOff() + " (Điều 8.5b Nghị định 09)");
        }
        if (request.note().isPresent() && request.note().get().length() > MAX_NOTE) {
            throw new InvalidRequestException("note", "note is at most " + MAX_NOTE + " characters", "note dài tối đa " + MAX_NOTE + " ký tự");
        }
        List<PlannedObligation> planned = ObligationPlanner.plan(definition, window, hierarchy.tree(),
                agency -> calendars.deadlinesFor(agency).calendar(), request.dueAt());
        if (planned.isEmpty()) {
            throw new PeriodNotOpenedException("no active agency reports under regime " + regime.code(),
                    "không có cơ quan nào đang hoạt động thuộc đối tượng báo cáo của chế độ " + regime.code());
        }
        Instant now = clock.instant();
        ReportPeriod period = new ReportPeriod(regime.code(), key, version.version(), window, request.dueAt(), actor,
                request.note().orElse(null), now);
        period.obligations(planned.size());
        periods.add(period);
        obligations.addAll(planned.stream().map(p -> new Obligation(period.id(), p)).toList());
        events.record(ReportingEventKind.PERIOD_OPENED, regime.code(), key.text(), null, null, null, actor,
                planned.size() + " obligations, regime version " + version.version());
        LOG.log(Level.INFO, "Reporting: {0} opened period {1} of regime {2}: {3} obligations",
                new Object[]{actor, key, regime.code(), planned.size()});
        return PeriodView.of(period, obligations.deadlines(period.id()));
    }

    private static DataWindow window(PeriodKey key, RegimeDefinition definition, PeriodOpening request) {
        if (key.frequency() != Frequency.AD_HOC) {
            if (request.from().isPresent() || request.to().isPresent()) {
                throw new InvalidRequestException("from", "A periodic regime's window follows from the period (Decree 09 Art 12); from/to are for ad hoc periods",
                        "Thời gian chốt số liệu của chế độ định kỳ theo kỳ báo cáo (Điều 12 Nghị định 09); from/to chỉ dùng cho kỳ đột xuất");
            }
            return key.window(definition.window());
        }
        if (request.from().isEmpty() || request.to().isEmpty()) {
            throw new InvalidRequestException("from", "An ad hoc period needs its data window: from and to",
                    "Kỳ báo cáo đột xuất cần thời gian chốt số liệu: from và to");
        }
        return new DataWindow(request.from().get(), request.to().get());
    }

    public List<PeriodView> list(String regimeCode) {
        regimes.regime(regimeCode);
        return periods.ofRegime(regimeCode).stream().map(p -> PeriodView.of(p, obligations.deadlines(p.id()))).toList();
    }

    public PeriodView get(String regimeCode, String period) {
        ReportPeriod p = period(regimeCode, period);
        return PeriodView.of(p, obligations.deadlines(p.id()));
    }

    /** The caller's own obligations, the latest deadlines first. */
    public List<ObligationView> mine(Caller caller, int limit) {
        AgencyCode agency = caller.agency().orElseThrow(() -> new NotAllowedException(
                "Obligations are an agency's; administrators read a period's", "Nghĩa vụ báo cáo thuộc về cơ quan; quản trị viên xem theo kỳ báo cáo"));
        Instant now = clock.instant();
        AgencyTree tree = hierarchy.tree();
        List<ObligationView> mine = new ArrayList<>();
        for (Obligation o : obligations.ofReporter(agency, limit)) {
            periods.byId(o.periodId()).ifPresent(p -> mine.add(ObligationView.of(p, o, name(tree, o.agency()), now)));
        }
        return mine;
    }

    /**
     * Every obligation of a period that the caller may read (an administrator: all), by reporter:
     * who filed, who is late (the console's reports page).
     */
    public List<ObligationView> obligations(Caller caller, String regimeCode, String period) {
        ReportPeriod p = period(regimeCode, period);
        AgencyCode issuer = regimes.regime(regimeCode).issuer();
        Instant now = clock.instant();
        AgencyTree tree = hierarchy.tree();
        List<ObligationView> views = new ArrayList<>();
        for (Obligation o : obligations.ofPeriod(p.id())) {
            if (ReportingAccess.mayRead(caller, issuer, o)) {
                views.add(ObligationView.of(p, o, name(tree, o.agency()), now));
            }
        }
        return views;
    }

    /** One reporter's obligation, for whoever may read its report. */
    public ObligationView obligation(Caller caller, String regimeCode, String period, AgencyCode agency) {
        ReportPeriod p = period(regimeCode, period);
        Obligation o = obligations.find(p.id(), agency).orElseThrow(() -> new NoObligationException(agency, regimeCode, period));
        ReportingAccess.requireRead(caller, regimes.regime(regimeCode).issuer(), o);
        return ObligationView.of(p, o, name(hierarchy.tree(), agency), clock.instant());
    }

    /**
     * Closes the reports addressed to the caller (the issuer and administrators may name another
     * {@code recipient}; an administrator naming none closes every report of the period): no
     * submission is taken after this without a reopening. Returns the obligations closed now.
     */
    public List<ObligationView> close(Caller caller, String regimeCode, String period, Optional<AgencyCode> recipient) {
        ReportPeriod p = period(regimeCode, period);
        AgencyCode issuer = regimes.regime(regimeCode).issuer();
        // An agency closes what is addressed to it unless it names another recipient (the issuer may); administrators close all.
        Optional<AgencyCode> addressee = recipient.or(caller::agency);
        List<Obligation> targets = addressee.map(r -> obligations.toRecipient(p.id(), r)).orElseGet(() -> obligations.ofPeriod(p.id()));
        Instant now = clock.instant();
        AgencyTree tree = hierarchy.tree();
        List<ObligationView> closed = new ArrayList<>();
        for (Obligation o : targets) {
            ReportingAccess.requireRecipient(caller, issuer, o);
            if (o.close(caller.name(), now)) {
                events.record(ReportingEventKind.CLOSED, regimeCode, p.key().text(), o.agency(), o.recipient(), o.dueAt(), caller.name(), null);
                closed.add(ObligationView.of(p, o, name(tree, o.agency()), now));
            }
        }
        return closed;
    }

    /** Takes submissions for one reporter again, as its recipient decides, with a reason. */
    public ObligationView reopen(Caller caller, String regimeCode, String period, AgencyCode agency, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "A reopening needs a reason", "Mở lại báo cáo cần lý do");
        }
        if (reason.strip().length() > MAX_NOTE) {
            throw new InvalidRequestException("reason", "reason is at most " + MAX_NOTE + " characters", "lý do dài tối đa " + MAX_NOTE + " ký tự");
        }
        ReportPeriod p = period(regimeCode, period);
        Obligation o = obligations.lock(p.id(), agency).orElseThrow(() -> new NoObligationException(agency, regimeCode, period));
        ReportingAccess.requireRecipient(caller, regimes.regime(regimeCode).issuer(), o);
        if (o.reopen()) {
            events.record(ReportingEventKind.REOPENED, regimeCode, p.key().text(), o.agency(), o.recipient(), o.dueAt(),
                    caller.name(), reason.strip());
        }
        return ObligationView.of(p, o, name(hierarchy.tree(), agency), clock.instant());
    }

    public ReportPeriod period(String regimeCode, String period) {
        Regime regime = regimes.regime(regimeCode);
        return periods.get(regimeCode, PeriodKey.parse(regime.frequency(), period));
    }

    static String name(AgencyTree tree, AgencyCode agency) {
        return tree.find(agency).map(AgencyTree.Node::name).orElse(null);
    }
}
