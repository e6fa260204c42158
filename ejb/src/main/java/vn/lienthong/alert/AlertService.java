package vn.lienthong.alert;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.alert.raise.AlertRepository;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.alert.rule.AlertRule;
import vn.lienthong.alert.rule.AlertRuleRepository;
import vn.lienthong.alert.rule.RuleChange;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.platform.ConcurrentUpdates;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Alerts for administrators (the REST API and the console call only this): the rules and their
 * changes, the active alerts and the history. Every method is for administrators only.
 */
@Stateless
public class AlertService {

    private static final Logger LOG = Logger.getLogger(AlertService.class.getName());

    /** The longest history one call returns. */
    public static final int MAX_HISTORY = 500;

    @Inject
    AlertRuleRepository rules;

    @Inject
    AlertRepository alerts;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** Every rule, by code. */
    public List<AlertRuleView> rules(Caller caller) {
        administrator(caller, "read alert rules", "xem quy tắc cảnh báo");
        return rules.all().stream().map(AlertRuleView::of).toList();
    }

    /** @throws UnknownAlertRuleException when no rule has this code */
    public AlertRuleView rule(Caller caller, String code) {
        administrator(caller, "read alert rules", "xem quy tắc cảnh báo");
        return AlertRuleView.of(find(code));
    }

    /**
     * Changes a rule's threshold, switch or recipients; it takes effect at the next evaluation round (a
     * threshold no longer crossed clears the active alert then). The evaluators of all servers update
     * the same row when they raise or clear; a change that meets one is taken again on fresh data.
     *
     * @throws UnknownAlertRuleException when no rule has this code
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AlertRuleView change(Caller caller, String code, RuleChange change) {
        String by = administrator(caller, "change alert rules", "thay đổi quy tắc cảnh báo");
        AlertService self = context.getBusinessObject(AlertService.class);
        return ConcurrentUpdates.retried(() -> self.changeOnce(by, code, change), "The alert rule " + code,
                "Quy tắc cảnh báo " + code);
    }

    /** One attempt of {@link #change}, in its own transaction; the caller was checked by {@link #change}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AlertRuleView changeOnce(String by, String code, RuleChange change) {
        AlertRule rule = find(code);
        AlertRuleView before = AlertRuleView.of(rule);
        rule.change(rule.kind().orElseThrow(), change, by, clock.instant());
        LOG.log(Level.INFO, "Alert rule {0} changed by {1}: threshold {2}, enabled {3}, recipients {4}",
                new Object[]{code, by, rule.threshold(), rule.enabled(), rule.recipients()});
        AlertRuleView after = AlertRuleView.of(rule);
        audit.record(by, "alert.rule-change", rule.kind().orElseThrow().code(), before, after);
        return after;
    }

    /** The alerts raised and not cleared, latest first. */
    public List<AlertView> active(Caller caller) {
        administrator(caller, "read alerts", "xem cảnh báo");
        return alerts.active().stream().map(AlertView::of).toList();
    }

    /** Alerts active and cleared, latest raised first, at most {@code limit} (1..{@value #MAX_HISTORY}). */
    public List<AlertView> history(Caller caller, int limit) {
        administrator(caller, "read alerts", "xem cảnh báo");
        return alerts.recent(Math.max(1, Math.min(limit, MAX_HISTORY))).stream().map(AlertView::of).toList();
    }

    private AlertRule find(String code) {
        AlertKind kind = AlertKind.ofCode(code == null ? "" : code.strip()).orElseThrow(() -> new UnknownAlertRuleException(code));
        return rules.find(kind).orElseThrow(() -> new UnknownAlertRuleException(code));
    }

    private static String administrator(Caller caller, String actEn, String actVi) {
        return caller.requireAdministrator(actEn, actVi);
    }
}
