package vn.lienthong.alert.raise;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.alert.mail.AlertMailText;
import vn.lienthong.alert.mail.AlertMails;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.alert.rule.AlertRule;
import vn.lienthong.alert.rule.AlertRuleRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records what one observation means for its rule, in one transaction: raise an alert when the
 * condition began, clear the active one when it ended, nothing otherwise; each with its mail queued.
 * The rule row changes under its version, so when two servers observe the same change at once the
 * later commit fails (an optimistic-lock conflict) and leaves nothing behind: one alert, one mail.
 */
@Stateless
public class AlertBook {

    private static final Logger LOG = Logger.getLogger(AlertBook.class.getName());

    @Inject
    AlertRuleRepository rules;

    @Inject
    AlertRepository alerts;

    @Inject
    AlertMails mails;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lienthong.node.name", defaultValue = "lienthong")
    String node;

    /** Every rule this build knows, as this round reads it. */
    public List<RuleSetting> settings() {
        return rules.all().stream().map(r -> new RuleSetting(r.kind().orElseThrow(), r.threshold(), r.enabled(), r.recipients(),
                r.activeAlertId().isPresent())).toList();
    }

    public Transition record(Observation observation) {
        AlertKind kind = observation.kind();
        AlertRule rule = rules.find(kind).orElse(null);
        if (rule == null) {
            return Transition.UNCHANGED;
        }
        boolean breached = rule.enabled() && observation.breaches(rule.threshold());
        Transition transition = Transition.of(breached, rule.activeAlertId().isPresent());
        Instant now = clock.instant();
        switch (transition) {
            case RAISED -> raise(rule, kind, observation, now);
            case CLEARED -> clear(rule, kind, observation, now);
            case UNCHANGED -> {
                return transition;
            }
        }
        return transition;
    }

    private void raise(AlertRule rule, AlertKind kind, Observation observation, Instant now) {
        Alert alert = new Alert(rule.code(), rule.threshold(), observation, now, node);
        alerts.add(alert);
        rule.raised(alert.id());
        mails.queue(rule.recipients(), new AlertMailText.Facts(alert.id(), kind, rule.threshold(), alert.raisedValue(),
                alert.detailEn(), alert.detailVi(), now, node, false)).ifPresent(to -> alert.mailedTo(to.toString()));
        LOG.log(Level.WARNING, "Alert {0} raised: {1} ({2}, threshold {3}): {4}", new Object[]{alert.id(), kind.code(),
                alert.raisedValue(), rule.threshold(), alert.detailEn()});
    }

    private void clear(AlertRule rule, AlertKind kind, Observation observation, Instant now) {
        long id = rule.activeAlertId().orElseThrow();
        rule.cleared();
        alerts.find(id).ifPresent(alert -> {
            alert.clear(now, observation.value());
            mails.queue(rule.recipients(), new AlertMailText.Facts(id, kind, rule.threshold(), observation.value().orElse(0L),
                    observation.detailEn(), observation.detailVi(), now, node, true));
        });
        LOG.log(Level.INFO, "Alert {0} cleared: {1} ({2})", new Object[]{id, kind.code(), observation.detailEn()});
    }

    /**
     * Records a database outage once the database answers again: the alert raised when the outage began
     * and cleared now, with the mail of its clearing. Every server that saw the outage calls this; the
     * first one records it, the others find it recorded (or lose the race on the rule row).
     *
     * @param mailedTo to whom the raise went directly during the outage, if anyone
     * @return whether this call recorded it
     */
    public boolean recordOutage(Observation outage, Instant since, Optional<String> mailedTo) {
        AlertKind kind = outage.kind();
        AlertRule rule = rules.claim(kind).orElse(null);
        if (rule == null || alerts.clearedSince(rule.code(), since)) {
            return false;
        }
        Instant now = clock.instant();
        Alert alert = new Alert(rule.code(), rule.threshold(), outage, since, node);
        alerts.add(alert);
        mailedTo.ifPresent(alert::mailedTo);
        alert.clear(now, Optional.of(0L));
        mails.queue(rule.recipients(), new AlertMailText.Facts(alert.id(), kind, rule.threshold(), 0, outage.detailEn(),
                outage.detailVi(), now, node, true));
        LOG.log(Level.INFO, "Alert {0} recorded: {1} from {2} until {3}", new Object[]{alert.id(), kind.code(), since, now});
        return true;
    }
}
