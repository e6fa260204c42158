package vn.lienthong.alert.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.lienthong.platform.outbox.QueueSettings;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.outbox.SendFailure;
import vn.lienthong.platform.outbox.Sender;

import java.time.Duration;
import java.util.Optional;

/**
 * Sends the queued alert mails (queue {@value #QUEUE}: key {@code alert-<id>}, number 1 for the raise
 * and 2 for the clear, payload {@link AlertMail}) to the SMTP server of {@link AlertMailSettings}, at
 * {@code lienthong.mail.interval} with the backoff of {@code lienthong.mail.backoff}: an SMTP outage
 * delays the mail, it does not lose it. Jakarta Mail comes from Liberty's {@code mail-2.1} feature.
 */
@ApplicationScoped
public class AlertMailSender implements Sender {

    public static final String QUEUE = "alert-mail";

    private static final int BATCH = 20;

    @Inject
    AlertMailSettings mail;

    private volatile Session session;

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public QueueSettings settings() {
        // One SMTP conversation is connect + send, each within the timeout; the lease covers both with room.
        return QueueSettings.oneByOne(mail.interval(), mail.backoff(), mail.timeout().multipliedBy(3).plus(Duration.ofSeconds(30)),
                BATCH, false);
    }

    @Override
    public Optional<String> off() {
        return mail.on() ? Optional.empty() : Optional.of("alert mail is off (lienthong.mail.host is not set)");
    }

    @Override
    public Outcome send(QueuedItem item) {
        deliver(AlertMail.ofPayload(item.payload().orElseThrow()), item.key() + "/" + item.seq());
        return Outcome.SENT;
    }

    /**
     * Hands one mail to the SMTP server now. The queue calls it; so does the database-outage alert,
     * which cannot wait in a queue that lives in the database.
     *
     * @throws SendFailure when the SMTP server did not take it
     */
    public void deliver(AlertMail alertMail, String tag) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(mail.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(alertMail.to().toString(), true));
            message.setSubject(alertMail.text().subject(), "UTF-8");
            message.setText(alertMail.text().body(), "UTF-8");
            message.setHeader("X-LienThong-Alert", tag);
            Transport.send(message);
        } catch (MessagingException e) {
            throw new SendFailure("SMTP " + mail.host().orElse("?") + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe(QueuedItem item) {
        return "Alert mail " + item.key() + (item.seq() == 1 ? " (raised)" : " (cleared)");
    }

    private Session session() {
        if (session == null) {
            synchronized (this) {
                if (session == null) {
                    Optional<String> user = mail.user();
                    session = Session.getInstance(mail.sessionProperties(), user.isEmpty() ? null : new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(user.get(), mail.password());
                        }
                    });
                }
            }
        }
        return session;
    }
}
