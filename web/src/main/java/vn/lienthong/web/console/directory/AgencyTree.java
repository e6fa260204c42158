package vn.lienthong.web.console.directory;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The directory as the console lists it: each agency under its parent, depth first, siblings by
 * code; a search keeps the agencies whose code or name contains the text (and nothing else), a
 * level keeps one level of the directory.
 */
final class AgencyTree {

    private AgencyTree() {
    }

    static List<AgencyTreeRow> of(List<AgencyView> agencies, String search, Integer level) {
        Map<AgencyCode, List<AgencyView>> children = new HashMap<>();
        Set<AgencyCode> codes = new HashSet<>();
        agencies.forEach(a -> codes.add(a.code()));
        List<AgencyView> roots = new ArrayList<>();
        for (AgencyView a : agencies) {
            if (a.parent() == null || !codes.contains(a.parent())) {
                roots.add(a);
            } else {
                children.computeIfAbsent(a.parent(), p -> new ArrayList<>()).add(a);
            }
        }
        Comparator<AgencyView> byCode = Comparator.comparing(a -> a.code().value());
        roots.sort(byCode);
        children.values().forEach(l -> l.sort(byCode));
        List<AgencyTreeRow> rows = new ArrayList<>();
        roots.forEach(r -> walk(r, 0, children, rows));
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> text.isEmpty() || r.agency().code().value().toLowerCase(Locale.ROOT).contains(text)
                        || r.agency().name().toLowerCase(Locale.ROOT).contains(text))
                .filter(r -> level == null || r.agency().level() == level)
                .toList();
    }

    private static void walk(AgencyView agency, int depth, Map<AgencyCode, List<AgencyView>> children, List<AgencyTreeRow> rows) {
        rows.add(new AgencyTreeRow(agency, depth));
        for (AgencyView child : children.getOrDefault(agency.code(), List.of())) {
            walk(child, depth + 1, children, rows);
        }
    }
}
