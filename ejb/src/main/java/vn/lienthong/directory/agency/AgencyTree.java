package vn.lienthong.directory.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole directory as one immutable tree, as it stood at directory event {@code seq}: every
 * agency with its parent, level, activity and successor. Capabilities that walk the hierarchy
 * (reporting: who reports to whom, what a province covers, whose series continues whose after a
 * merger) read this snapshot instead of querying level by level.
 */
public final class AgencyTree {

    /** One agency as the tree holds it. */
    public record Node(AgencyCode code, String name, Optional<AgencyCode> parent, int level, boolean active,
                       Optional<AgencyCode> successor) {
    }

    private static final Comparator<Node> BY_CODE = Comparator.comparing(Node::code);

    private final long seq;
    private final Map<AgencyCode, Node> nodes;
    private final Map<AgencyCode, List<Node>> children;
    private final Map<AgencyCode, List<AgencyCode>> mergedInto;

    public AgencyTree(long seq, Collection<Node> agencies) {
        this.seq = seq;
        Map<AgencyCode, Node> byCode = new HashMap<>();
        Map<AgencyCode, List<Node>> kids = new HashMap<>();
        Map<AgencyCode, List<AgencyCode>> merged = new HashMap<>();
        for (Node node : agencies) {
            byCode.put(node.code(), node);
            node.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(node));
            node.successor().ifPresent(s -> merged.computeIfAbsent(s, k -> new ArrayList<>()).add(node.code()));
        }
        kids.values().forEach(list -> list.sort(BY_CODE));
        this.nodes = Map.copyOf(byCode);
        this.children = Map.copyOf(kids);
        this.mergedInto = Map.copyOf(merged);
    }

    /** The directory event this snapshot reflects. */
    public long seq() {
        return seq;
    }

    public Optional<Node> find(AgencyCode code) {
        return Optional.ofNullable(nodes.get(code));
    }

    public int size() {
        return nodes.size();
    }

    /** The direct units of an agency, active or not, by code. */
    public List<Node> children(AgencyCode code) {
        return children.getOrDefault(code, List.of());
    }

    /** The agency itself and every unit below it, parents before their units. */
    public List<Node> subtree(AgencyCode root) {
        List<Node> found = new ArrayList<>();
        Node top = nodes.get(root);
        if (top == null) {
            return found;
        }
        found.add(top);
        for (int i = 0; i < found.size(); i++) {
            found.addAll(children(found.get(i).code()));
        }
        return found;
    }

    /** Every agency, by code. */
    public List<Node> all() {
        return nodes.values().stream().sorted(BY_CODE).toList();
    }

    /** Whether {@code ancestor} is {@code code} itself or one of the agencies above it. */
    public boolean isWithin(AgencyCode code, AgencyCode ancestor) {
        Node current = nodes.get(code);
        for (int hop = 0; current != null && hop < 16; hop++) {
            if (current.code().equals(ancestor)) {
                return true;
            }
            current = current.parent().map(nodes::get).orElse(null);
        }
        return false;
    }

    /**
     * The agencies whose work came to {@code code} through mergers, directly or through a chain of
     * them (a merged into b, b into code), nearest first. A series of figures continues through them.
     */
    public List<AgencyCode> predecessors(AgencyCode code) {
        Set<AgencyCode> found = new LinkedHashSet<>();
        List<AgencyCode> frontier = new ArrayList<>(List.of(code));
        for (int hop = 0; hop < 16 && !frontier.isEmpty(); hop++) {
            List<AgencyCode> next = new ArrayList<>();
            for (AgencyCode c : frontier) {
                for (AgencyCode p : mergedInto.getOrDefault(c, List.of())) {
                    if (!p.equals(code) && found.add(p)) {
                        next.add(p);
                    }
                }
            }
            frontier = next;
        }
        return List.copyOf(found);
    }
}
