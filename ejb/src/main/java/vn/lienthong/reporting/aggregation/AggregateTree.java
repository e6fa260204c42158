package vn.lienthong.reporting.aggregation;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.reporting.regime.Indicator;
import vn.lienthong.reporting.regime.RegimeDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the aggregation tree of one period below a recipient: units hang under the agency they
 * report to, and each node's figures are its own submission's plus its units' totals, combined by
 * each indicator's rule. Pure: the caller hands in the period's reporters and the time.
 */
public final class AggregateTree {

    private AggregateTree() {
    }

    public static AggregateNode build(RegimeDefinition regime, AgencyCode root, List<UnitReport> units, Instant now) {
        Map<AgencyCode, UnitReport> byAgency = new HashMap<>();
        Map<AgencyCode, List<UnitReport>> byRecipient = new HashMap<>();
        for (UnitReport unit : units) {
            byAgency.put(unit.agency(), unit);
            byRecipient.computeIfAbsent(unit.recipient(), k -> new ArrayList<>()).add(unit);
        }
        byRecipient.values().forEach(list -> list.sort(Comparator.comparing(UnitReport::agency)));
        return node(regime, regime.indicatorsByCode(), root, Optional.ofNullable(byAgency.get(root)), byRecipient, now, new HashSet<>());
    }

    private static AggregateNode node(RegimeDefinition regime, Map<String, Indicator> indicators, AgencyCode agency,
                                      Optional<UnitReport> unit, Map<AgencyCode, List<UnitReport>> byRecipient, Instant now,
                                      Set<AgencyCode> visited) {
        visited.add(agency);
        Figures figures = new Figures(regime, indicators);
        RateCounts rates = RateCounts.NONE;
        TreeMap<Integer, RateCounts> byLevel = new TreeMap<>();
        if (unit.isPresent()) {
            UnitReport u = unit.get();
            RateCounts own = RateCounts.of(u.status(now));
            rates = own;
            byLevel.merge(u.level(), own, RateCounts::plus);
            if (u.firstSubmittedAt().isPresent()) {
                figures.add(Figures.of(regime, indicators, u.own()));
            }
        }
        List<AggregateNode> children = new ArrayList<>();
        for (UnitReport child : byRecipient.getOrDefault(agency, List.of())) {
            if (visited.contains(child.agency())) {
                continue;
            }
            AggregateNode c = node(regime, indicators, child.agency(), Optional.of(child), byRecipient, now, visited);
            children.add(c);
            figures.add(c.figures());
            rates = rates.plus(c.rates());
            c.byLevel().forEach((level, r) -> byLevel.merge(level, r, RateCounts::plus));
        }
        return new AggregateNode(agency, unit, children, figures, rates, byLevel);
    }
}
