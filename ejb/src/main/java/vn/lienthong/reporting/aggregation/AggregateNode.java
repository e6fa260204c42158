package vn.lienthong.reporting.aggregation;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.reporting.value.ReportData;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * An agency in the aggregation tree of one period: its own obligation (when it reports), the
 * units that report to it, and what it and everything below it add up to.
 *
 * @param rates     reporting rates of the node itself (if it reports) and everything below it
 * @param byLevel   the same rates per level of the directory
 */
public record AggregateNode(AgencyCode agency, Optional<UnitReport> unit, List<AggregateNode> children, Figures figures,
                            RateCounts rates, SortedMap<Integer, RateCounts> byLevel) {

    public AggregateNode {
        children = List.copyOf(children);
        byLevel = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byLevel));
    }

    /** The combined figures of the node and everything below it. */
    public ReportData values() {
        return figures.values();
    }

    /** The node and every node below it, parents first. */
    public List<AggregateNode> flatten() {
        List<AggregateNode> all = new java.util.ArrayList<>();
        all.add(this);
        for (int i = 0; i < all.size(); i++) {
            all.addAll(all.get(i).children());
        }
        return all;
    }
}
