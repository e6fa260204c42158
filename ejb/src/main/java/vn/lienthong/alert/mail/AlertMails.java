package vn.lienthong.alert.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.alert.rule.Recipients;
import vn.lienthong.platform.outbox.OutboxService;

import java.util.Optional;

/**
 * Queues the mail of a raise or a clear in the transaction that records it, so the mail exists exactly
 * when the raise does: a server that loses the race to raise loses its mail with it.
 */
@ApplicationScoped
public class AlertMails {

    /** The number of an alert's mails within its key: the raise goes first. */
    public static final long RAISED = 1;
    public static final long CLEARED = 2;

    @EJB
    OutboxService outbox;

    @Inject
    AlertMailSettings settings;

    /**
     * @param ruleRecipients the rule's own recipients; none means the server's default ones
     * @return to whom it goes; empty when mail is off or nobody is to get it
     */
    public Optional<Recipients> queue(Recipients ruleRecipients, AlertMailText.Facts facts) {
        Recipients to = ruleRecipients.orElse(settings.defaultRecipients());
        if (!settings.on() || to.isEmpty()) {
            return Optional.empty();
        }
        AlertMail mail = new AlertMail(to, AlertMailText.of(facts));
        outbox.enqueue(AlertMailSender.QUEUE, "alert-" + facts.alertId(), facts.cleared() ? CLEARED : RAISED, mail.toPayload());
        return Optional.of(to);
    }
}
