package vn.lienthong.reporting.obligation;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyTree;
import vn.lienthong.procedure.calendar.WorkingCalendar;
import vn.lienthong.reporting.period.DataWindow;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.ReporterRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Derives a period's obligations from the regime version and the directory as it stands when the
 * period opens: every active agency the regime names or whose level it names within its scope
 * reports to its parent or the named recipient, due by its deadline rule on its own province's
 * working calendar (or by the date the opener set for the whole period). Pure.
 */
public final class ObligationPlanner {

    private ObligationPlanner() {
    }

    public static List<PlannedObligation> plan(RegimeDefinition regime, DataWindow window, AgencyTree tree,
                                               Function<AgencyCode, WorkingCalendar> calendars, Optional<Instant> dueOverride) {
        for (ReporterRule rule : regime.reporters()) {
            if (rule.agency().isPresent() && tree.find(rule.agency().get()).isEmpty()) {
                throw new PeriodNotOpenedException("reporter " + rule.agency().get() + " is not in the directory",
                        "đơn vị báo cáo " + rule.agency().get() + " không có trong danh bạ");
            }
        }
        regime.scope().ifPresent(scope -> {
            if (tree.find(scope).isEmpty()) {
                throw new PeriodNotOpenedException("the regime's scope " + scope + " is not in the directory",
                        "phạm vi " + scope + " của chế độ báo cáo không có trong danh bạ");
            }
        });
        Map<AgencyCode, AgencyCode> recipients = new LinkedHashMap<>();
        Map<AgencyCode, Instant> due = new HashMap<>();
        Map<AgencyCode, Integer> levels = new HashMap<>();
        List<AgencyTree.Node> candidates = regime.scope().isPresent() ? withNamed(tree.subtree(regime.scope().get()), regime, tree)
                : tree.all();
        for (AgencyTree.Node node : candidates) {
            Optional<ReporterRule> rule = regime.reporterRuleFor(node, tree);
            if (rule.isEmpty()) {
                continue;
            }
            AgencyCode recipient = recipient(node, rule.get(), tree);
            if (recipient.equals(node.code())) {
                // The top recipient of its own level ("every level 1 agency reports to the Government Office").
                continue;
            }
            recipients.put(node.code(), recipient);
            levels.put(node.code(), node.level());
            due.put(node.code(), dueOverride.orElseGet(() -> rule.get().deadline().dueAt(window, calendars.apply(node.code()))));
        }
        List<PlannedObligation> planned = new ArrayList<>();
        Map<AgencyCode, String> paths = new HashMap<>();
        for (AgencyCode agency : recipients.keySet()) {
            planned.add(new PlannedObligation(agency, recipients.get(agency), levels.get(agency), due.get(agency),
                    path(agency, recipients, paths)));
        }
        return planned;
    }

    /** The scope's units, and the agencies the regime names wherever they sit. */
    private static List<AgencyTree.Node> withNamed(List<AgencyTree.Node> scoped, RegimeDefinition regime, AgencyTree tree) {
        List<AgencyTree.Node> all = new ArrayList<>(scoped);
        for (ReporterRule rule : regime.reporters()) {
            rule.agency().flatMap(tree::find).filter(n -> !scoped.contains(n)).ifPresent(all::add);
        }
        return all;
    }

    private static AgencyCode recipient(AgencyTree.Node node, ReporterRule rule, AgencyTree tree) {
        if (rule.recipient().parent()) {
            AgencyCode parent = node.parent().orElseThrow(() -> new PeriodNotOpenedException(
                    node.code() + " reports to its parent but has none in the directory",
                    node.code() + " báo cáo cơ quan cấp trên nhưng trong danh bạ không có cơ quan cấp trên"));
            return active(parent, tree, node.code());
        }
        return active(rule.recipient().agency().orElseThrow(), tree, node.code());
    }

    private static AgencyCode active(AgencyCode recipient, AgencyTree tree, AgencyCode reporter) {
        AgencyTree.Node found = tree.find(recipient).orElseThrow(() -> new PeriodNotOpenedException(
                "recipient " + recipient + " of " + reporter + " is not in the directory",
                "cơ quan nhận báo cáo " + recipient + " của " + reporter + " không có trong danh bạ"));
        if (!found.active()) {
            throw new PeriodNotOpenedException("recipient " + recipient + " of " + reporter + " is no longer active",
                    "cơ quan nhận báo cáo " + recipient + " của " + reporter + " đã ngừng hoạt động");
        }
        return recipient;
    }

    /** The recipients above {@code agency}, top first; a cycle (a reports to b, b to a) is refused. */
    private static String path(AgencyCode agency, Map<AgencyCode, AgencyCode> recipients, Map<AgencyCode, String> paths) {
        String known = paths.get(agency);
        if (known != null) {
            return known;
        }
        List<AgencyCode> chain = new ArrayList<>();
        AgencyCode current = recipients.get(agency);
        while (current != null) {
            if (current.equals(agency) || chain.contains(current)) {
                throw new PeriodNotOpenedException("reporters form a cycle through " + current,
                        "các đơn vị báo cáo tạo thành vòng qua " + current);
            }
            chain.add(0, current);
            current = recipients.get(current);
        }
        StringBuilder path = new StringBuilder("/");
        chain.forEach(c -> path.append(c.value()).append('/'));
        paths.put(agency, path.toString());
        return path.toString();
    }
}
