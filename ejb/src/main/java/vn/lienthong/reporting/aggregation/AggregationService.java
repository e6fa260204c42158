package vn.lienthong.reporting.aggregation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyHierarchy;
import vn.lienthong.directory.agency.AgencyTree;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.reporting.Views;
import vn.lienthong.reporting.obligation.Obligation;
import vn.lienthong.reporting.obligation.ObligationRepository;
import vn.lienthong.reporting.obligation.PeriodRepository;
import vn.lienthong.reporting.obligation.PeriodService;
import vn.lienthong.reporting.obligation.ReportPeriod;
import vn.lienthong.reporting.obligation.ReportingAccess;
import vn.lienthong.reporting.period.PeriodKey;
import vn.lienthong.reporting.regime.Regime;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.RegimeService;
import vn.lienthong.reporting.submission.ReportJson;
import vn.lienthong.reporting.validation.RuleCheck;
import vn.lienthong.reporting.validation.RuleViolation;
import vn.lienthong.reporting.validation.ValidationRule;
import vn.lienthong.reporting.value.ReportData;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aggregates a period below a recipient, and an agency's figures over several periods. Read by the
 * agency itself, everyone above it on its chain of recipients, the regime's issuer and administrators.
 */
@Stateless
public class AggregationService {

    public static final int MAX_DEPTH = 6;
    public static final int MAX_SERIES = 60;

    @EJB
    RegimeService regimes;

    @EJB
    PeriodService periodService;

    @Inject
    PeriodRepository periods;

    @Inject
    ObligationRepository obligations;

    @Inject
    AggregationRepository repository;

    @Inject
    AgencyHierarchy hierarchy;

    @Inject
    Clock clock;

    public AggregateView aggregate(Caller caller, String regimeCode, String periodText, AgencyCode agency, Integer depth) {
        int levels = depth == null ? 1 : depth;
        if (levels < 0 || levels > MAX_DEPTH) {
            throw new InvalidRequestException("depth", "depth is 0 to " + MAX_DEPTH, "depth từ 0 đến " + MAX_DEPTH);
        }
        Aggregate aggregate = compute(caller, regimeCode, periodText, agency);
        return view(aggregate, hierarchy.tree(), levels);
    }

    /** The aggregation tree below {@code agency}, for callers allowed to see it. */
    public Aggregate compute(Caller caller, String regimeCode, String periodText, AgencyCode agency) {
        Regime regime = regimes.regime(regimeCode);
        ReportPeriod period = periodService.period(regimeCode, periodText);
        Optional<Obligation> own = obligations.find(period.id(), agency);
        ReportingAccess.requireBelow(caller, regime.issuer(), agency, own);
        RegimeDefinition definition = regimes.version(regimeCode, period.regimeVersion()).definition();
        Instant now = clock.instant();
        AggregateNode root = tree(period, definition, agency, own, now);
        ReportData before = ReportData.EMPTY;
        if (definition.rules().stream().anyMatch(r -> r.usesPrevious() && r.appliesTo().covers(ValidationRule.Scope.AGGREGATE))) {
            Optional<ReportPeriod> previous = period.key().previous().flatMap(k -> periods.find(regimeCode, k));
            if (previous.isPresent()) {
                RegimeDefinition earlier = regimes.version(regimeCode, previous.get().regimeVersion()).definition();
                before = tree(previous.get(), earlier, agency, obligations.find(previous.get().id(), agency), now).values();
            }
        }
        List<RuleViolation> violations = RuleCheck.violations(definition.rules(), ValidationRule.Scope.AGGREGATE, root.values(), before);
        return new Aggregate(period, definition, root, now, violations);
    }

    private AggregateNode tree(ReportPeriod period, RegimeDefinition definition, AgencyCode agency, Optional<Obligation> own, Instant now) {
        String pathBelow = own.map(o -> o.recipientPath() + agency.value() + "/").orElse("/" + agency.value() + "/");
        return AggregateTree.build(definition, agency, repository.below(period.id(), agency, pathBelow), now);
    }

    private static AggregateView view(Aggregate a, AgencyTree names, int depth) {
        List<AggregateView.MissingView> missing = new ArrayList<>();
        for (AggregateNode n : a.root().flatten()) {
            n.unit().filter(u -> !u.status(a.asOf()).submitted()).ifPresent(u -> missing.add(new AggregateView.MissingView(
                    u.agency().value(), name(names, u.agency()), u.level(), u.recipient().value(), Views.local(u.dueAt()),
                    u.status(a.asOf()).name())));
        }
        missing.sort(Comparator.comparing(AggregateView.MissingView::agency));
        List<AggregateView.ViolationView> violations = a.violations().stream()
                .map(v -> new AggregateView.ViolationView(v.rule(), v.severity().name(), v.formula(), v.left(), v.right(),
                        v.message().vi(), v.message().en())).toList();
        return new AggregateView(a.period().regimeCode(), a.period().key().text(), a.period().regimeVersion(),
                a.period().window().from(), a.period().window().cutOff(), Views.local(a.asOf()),
                node(a.root(), a.regime(), names, a.asOf(), depth), violations, missing);
    }

    private static AggregateView.NodeView node(AggregateNode n, RegimeDefinition regime, AgencyTree names, Instant now, int depth) {
        Optional<UnitReport> unit = n.unit();
        List<AggregateView.NodeView> units = depth <= 0 ? List.of()
                : n.children().stream().map(c -> node(c, regime, names, now, depth - 1)).toList();
        return new AggregateView.NodeView(n.agency().value(), name(names, n.agency()), unit.map(UnitReport::level).orElse(null),
                unit.map(u -> u.status(now).name()).orElse(null), unit.map(u -> Views.local(u.dueAt())).orElse(null),
                unit.flatMap(UnitReport::firstSubmittedAt).map(Views::local).orElse(null),
                ReportJson.write(n.values(), regime),
                unit.filter(u -> u.status(now).submitted()).map(u -> ReportJson.write(u.own(), regime)).orElse(null),
                rates(n), units);
    }

    static AggregateView.RatesView rates(AggregateNode n) {
        Map<Integer, AggregateView.RateView> byLevel = new LinkedHashMap<>();
        n.byLevel().forEach((level, c) -> byLevel.put(level, AggregateView.RateView.of(c)));
        return new AggregateView.RatesView(AggregateView.RateView.of(n.rates()), byLevel);
    }

    /**
     * The agency's aggregate in every open period from {@code from} to {@code to}, each period also
     * counting the agencies merged into it that reported then outside its own tree, and the span combined.
     */
    public SeriesView series(Caller caller, String regimeCode, AgencyCode agency, String fromText, String toText) {
        Regime regime = regimes.regime(regimeCode);
        PeriodKey from = PeriodKey.parse(regime.frequency(), fromText);
        PeriodKey to = PeriodKey.parse(regime.frequency(), toText);
        if (from.compareTo(to) > 0) {
            throw new InvalidRequestException("from", "from (" + from + ") comes after to (" + to + ")",
                    "from (" + from + ") sau to (" + to + ")");
        }
        AgencyTree tree = hierarchy.tree();
        List<AgencyCode> predecessors = tree.predecessors(agency);
        List<ReportPeriod> span = periods.ofRegime(regimeCode).stream()
                .filter(p -> p.key().compareTo(from) >= 0 && p.key().compareTo(to) <= 0)
                .sorted(Comparator.comparing(ReportPeriod::key)).toList();
        if (span.size() > MAX_SERIES) {
            throw new InvalidRequestException("to", "A series covers at most " + MAX_SERIES + " periods", "Chuỗi số liệu tối đa " + MAX_SERIES + " kỳ");
        }
        Instant now = clock.instant();
        RegimeDefinition latest = regimes.version(regimeCode, regime.currentVersion()).definition();
        Figures total = new Figures(latest);
        List<SeriesView.PeriodFigures> rows = new ArrayList<>();
        boolean allowed = caller.administrator() || caller.is(regime.issuer()) || caller.is(agency);
        for (ReportPeriod p : span) {
            Optional<Obligation> own = obligations.find(p.id(), agency);
            if (!allowed) {
                ReportingAccess.requireBelow(caller, regime.issuer(), agency, own);
                allowed = true;
            }
            RegimeDefinition definition = regimes.version(regimeCode, p.regimeVersion()).definition();
            AggregateNode node = tree(p, definition, agency, own, now);
            Figures figures = new Figures(definition).add(node.figures());
            RateCounts rates = node.rates();
            for (AgencyCode predecessor : predecessors) {
                Optional<Obligation> theirs = obligations.find(p.id(), predecessor);
                if (theirs.map(o -> o.isBelow(agency)).orElse(false)) {
                    continue;
                }
                AggregateNode merged = tree(p, definition, predecessor, theirs, now);
                figures.add(merged.figures());
                rates = rates.plus(merged.rates());
            }
            total.followedBy(figures);
            rows.add(new SeriesView.PeriodFigures(p.key().text(), p.regimeVersion(), ReportJson.write(figures.values(), definition),
                    AggregateView.RateView.of(rates)));
        }
        if (!allowed) {
            ReportingAccess.requireBelow(caller, regime.issuer(), agency, Optional.empty());
        }
        return new SeriesView(regimeCode, agency.value(), name(tree, agency), predecessors.stream().map(AgencyCode::value).toList(),
                rows, ReportJson.write(total.values(), latest));
    }

    static String name(AgencyTree tree, AgencyCode code) {
        return tree.find(code).map(AgencyTree.Node::name).orElse(null);
    }
}
