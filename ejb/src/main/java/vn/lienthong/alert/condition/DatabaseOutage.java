package vn.lienthong.alert.condition;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.alert.mail.AlertMail;
import vn.lienthong.alert.mail.AlertMailSender;
import vn.lienthong.alert.mail.AlertMailSettings;
import vn.lienthong.alert.mail.AlertMailText;
import vn.lienthong.alert.raise.AlertBook;
import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.raise.RuleSetting;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.alert.rule.Recipients;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one alert that cannot go through the database: while the database does not answer, neither the
 * rule row nor the durable queue can be reached. This server then mails the rule's recipients it read
 * last (or the default ones) directly, once per outage; each server that sees the outage does so, since
 * the database they would agree through is the one away. Once it answers again, the outage is recorded
 * as an alert raised when it began and cleared now, by one server, and its clearing is mailed as usual.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    /** The migration's default, until the rules have been read once. */
    static final long DEFAULT_THRESHOLD = 2;

    @Inject
    AlertMailSender sender;

    @Inject
    AlertMailSettings mail;

    @EJB
    AlertBook book;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lienthong.node.name", defaultValue = "lienthong")
    String node;

    private volatile RuleSetting rule;
    private volatile Instant since;
    private volatile Observation worst;
    private volatile String mailedTo;

    long threshold() {
        RuleSetting r = rule;
        return r == null ? DEFAULT_THRESHOLD : r.threshold();
    }

    /** One more probe failed. */
    synchronized void failing(Observation observation) {
        if (since == null) {
            since = clock.instant();
            LOG.log(Level.WARNING, "The database does not answer: {0}", observation.detailEn());
        }
        RuleSetting r = rule;
        boolean enabled = r == null || r.enabled();
        if (!enabled || !observation.breaches(threshold())) {
            return;
        }
        boolean first = worst == null;
        worst = observation;
        if (!first) {
            return;
        }
        Recipients to = (r == null ? Recipients.NONE : r.recipients()).orElse(mail.defaultRecipients());
        if (!mail.on() || to.isEmpty()) {
            return;
        }
        AlertMailText text = AlertMailText.of(new AlertMailText.Facts(0, AlertKind.DATABASE_UNREACHABLE, threshold(),
                observation.value().orElse(0L), observation.detailEn(), observation.detailVi(), clock.instant(), node, false));
        try {
            sender.deliver(new AlertMail(to, text), "database-unreachable/" + node);
            mailedTo = to.toString();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The database-unreachable alert could not be mailed either: {0}", e.toString());
        }
    }

    /** The database answers and the rules were read: remembers the rule, and records an outage that raised. */
    synchronized void answered(List<RuleSetting> settings) {
        settings.stream().filter(s -> s.kind() == AlertKind.DATABASE_UNREACHABLE).findFirst().ifPresent(s -> rule = s);
        if (since == null) {
            return;
        }
        Observation outage = worst;
        Instant began = since;
        if (outage != null) {
            try {
                book.recordOutage(outage, began, Optional.ofNullable(mailedTo));
            } catch (RuntimeException e) {
                // Lost to another server's record of the same outage, or the database went away again: it is told anyway.
                LOG.log(Level.FINE, "The database outage was not recorded by this server", e);
            }
        }
        LOG.log(Level.INFO, "The database answers again (it did not since {0})", began);
        since = null;
        worst = null;
        mailedTo = null;
    }
}
