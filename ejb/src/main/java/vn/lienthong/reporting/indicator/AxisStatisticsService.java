package vn.lienthong.reporting.indicator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyHierarchy;
import vn.lienthong.directory.agency.AgencyTree;
import vn.lienthong.directory.agency.UnknownAgencyException;
import vn.lienthong.exchange.statistics.AxisCounts;
import vn.lienthong.exchange.statistics.AxisStatistics;
import vn.lienthong.procedure.statistics.ReportingPeriod;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.reporting.NotYourReportException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Axis statistics over a period for an agency and its units, totalled up the directory: what
 * "95/95 units connected" and "1.25 million documents" are counted from. An agency reads its own
 * subtree; administrators read any agency's.
 */
@Stateless
public class AxisStatisticsService {

    @EJB
    AxisStatistics axis;

    @Inject
    AgencyHierarchy hierarchy;

    public AxisStatisticsView statistics(Caller caller, ReportingPeriod period, AgencyCode root) {
        if (!caller.administrator() && !caller.is(root)) {
            AgencyTree tree = hierarchy.tree();
            if (caller.agency().map(a -> !tree.isWithin(root, a)).orElse(true)) {
                throw new NotYourReportException("the axis statistics of " + root, caller.name());
            }
        }
        AgencyTree tree = hierarchy.tree();
        List<AgencyTree.Node> nodes = tree.subtree(root);
        if (nodes.isEmpty()) {
            throw new UnknownAgencyException(root);
        }
        Map<AgencyCode, AxisCounts> counts = axis.counts(nodes.stream().map(AgencyTree.Node::code).toList(), period.start(), period.end());
        Map<AgencyCode, Totals> subtree = new HashMap<>();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            AgencyTree.Node node = nodes.get(i);
            AxisCounts own = counts.getOrDefault(node.code(), AxisCounts.NONE);
            Totals t = new Totals(own, 1, own.connected() ? 1 : 0);
            for (AgencyTree.Node child : tree.children(node.code())) {
                Totals c = subtree.get(child.code());
                if (c != null) {
                    t = t.plus(c);
                }
            }
            subtree.put(node.code(), t);
        }
        Map<Integer, Totals> byLevel = new TreeMap<>();
        List<AxisStatisticsView.Row> rows = new ArrayList<>();
        for (AgencyTree.Node node : nodes) {
            AxisCounts own = counts.getOrDefault(node.code(), AxisCounts.NONE);
            byLevel.merge(node.level(), new Totals(own, 1, own.connected() ? 1 : 0), Totals::plus);
            Totals t = subtree.get(node.code());
            rows.add(new AxisStatisticsView.Row(node.code().value(), node.name(), node.level(), node.parent().map(AgencyCode::value).orElse(null),
                    AxisFigures.of(own, 1, own.connected() ? 1 : 0), t.figures()));
        }
        Map<Integer, AxisFigures> levels = new LinkedHashMap<>();
        byLevel.forEach((level, t) -> levels.put(level, t.figures()));
        return new AxisStatisticsView(root.value(), period.from(), period.to(), subtree.get(root).figures(), levels, rows);
    }

    private record Totals(AxisCounts counts, long units, long connected) {
        Totals plus(Totals o) {
            return new Totals(counts.plus(o.counts), units + o.units, connected + o.connected);
        }

        AxisFigures figures() {
            return AxisFigures.of(counts, units, connected);
        }
    }
}
