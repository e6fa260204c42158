package vn.lienthong.web.console.alert;

import vn.lienthong.alert.AlertRuleView;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What the edit form of one rule holds: the threshold as typed (so "abc" is answered on the page,
 * not by a converter), the switch, the recipients as a comma-separated list, and the refusals of
 * the last save by field ({@code threshold}, {@code recipients}).
 */
public class RuleEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private String threshold;
    private boolean enabled;
    private String recipients;
    private final Map<String, String> errors = new HashMap<>();

    static RuleEdit of(AlertRuleView rule) {
        RuleEdit edit = new RuleEdit();
        edit.threshold = Long.toString(rule.threshold());
        edit.enabled = rule.enabled();
        edit.recipients = String.join(", ", rule.recipients());
        return edit;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(String threshold) {
        this.threshold = threshold;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }
}
