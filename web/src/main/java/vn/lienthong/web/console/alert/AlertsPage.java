package vn.lienthong.web.console.alert;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.alert.AlertRuleView;
import vn.lienthong.alert.AlertService;
import vn.lienthong.alert.AlertView;
import vn.lienthong.alert.rule.Recipients;
import vn.lienthong.alert.rule.RuleChange;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.web.console.ConsoleLocale;
import vn.lienthong.web.console.ConsoleMessages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alerts (cảnh báo): the alerts active now first, the last {@value #HISTORY} raised, and every rule
 * with a form to change its threshold, switch and recipients. A refused change is shown next to the
 * field it is about, in the console's language, and the form keeps what was typed.
 */
@Named("alerts")
@ViewScoped
public class AlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int HISTORY = 50;

    @Inject
    AlertService service;

    @Inject
    ConsoleMessages messages;

    @Inject
    ConsoleLocale locale;

    private transient List<AlertView> active;
    private transient List<AlertView> history;
    private List<AlertRuleView> rules;
    private Map<String, RuleEdit> edits;

    public List<AlertView> getActive() {
        if (active == null) {
            active = service.active(caller());
        }
        return active;
    }

    public List<AlertView> getHistory() {
        if (history == null) {
            history = service.history(caller(), HISTORY);
        }
        return history;
    }

    public List<AlertRuleView> getRules() {
        if (rules == null) {
            rules = service.rules(caller());
            edits = new LinkedHashMap<>();
            rules.forEach(r -> edits.put(r.code(), RuleEdit.of(r)));
        }
        return rules;
    }

    public Map<String, RuleEdit> getEdits() {
        getRules();
        return edits;
    }

    /** Saves the form of one rule; a refusal stays on the page beside its field. */
    public String save(String code) {
        RuleEdit edit = getEdits().get(code);
        edit.getErrors().clear();
        Optional<Long> threshold;
        try {
            threshold = Optional.of(Long.parseLong(edit.getThreshold() == null ? "" : edit.getThreshold().strip()));
        } catch (NumberFormatException e) {
            edit.getErrors().put("threshold", messages.text("alerts.thresholdNotANumber"));
            return null;
        }
        try {
            AlertRuleView changed = service.change(caller(), code, new RuleChange(threshold, Optional.of(edit.isEnabled()),
                    Optional.of(Recipients.parse(edit.getRecipients()))));
            messages.info("alerts.saved", locale.isVietnamese() ? changed.nameVi() : changed.nameEn());
            return "/console/alerts.xhtml?faces-redirect=true";
        } catch (BusinessException e) {
            edit.getErrors().put(e.element().orElse("threshold"), locale.isVietnamese() ? e.messageVi() : e.messageEn());
            return null;
        } catch (RuntimeException e) {
            messages.refused(e);
            return null;
        }
    }

    public String name(AlertView alert) {
        return locale.isVietnamese() ? alert.nameVi() : alert.nameEn();
    }

    public String detail(AlertView alert) {
        return locale.isVietnamese() ? alert.detailVi() : alert.detailEn();
    }

    public String addresses(List<String> addresses) {
        return String.join(", ", addresses);
    }

    public String ruleName(AlertRuleView rule) {
        return locale.isVietnamese() ? rule.nameVi() : rule.nameEn();
    }

    private static Caller caller() {
        return Caller.administrator(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
    }
}
