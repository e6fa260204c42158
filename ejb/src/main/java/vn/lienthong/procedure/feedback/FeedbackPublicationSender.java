package vn.lienthong.procedure.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import vn.lienthong.platform.outbox.QueueSettings;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.outbox.SendFailure;
import vn.lienthong.platform.outbox.Sender;
import vn.lienthong.procedure.portal.PortalException;
import vn.lienthong.procedure.portal.PortalSettings;

import java.io.StringReader;
import java.util.Optional;

/**
 * Publishes answers on the national portal (queue {@value #QUEUE}: key the feedback's code, number
 * the log entry of its publication, payload the record taken at publication, without personal data).
 * With the portal's client (one session per server), interval and backoff, as the dossier changes;
 * a queue of its own, so that a long queue of dossier changes does not hold answers back.
 */
@ApplicationScoped
public class FeedbackPublicationSender implements Sender {

    public static final String QUEUE = "feedback-publication";

    /** Items listed per round. */
    static final int BATCH = 20;

    @Inject
    PortalSettings portal;

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public QueueSettings settings() {
        // One publication makes up to three calls (log-in, create, update), each within the timeout.
        return QueueSettings.oneByOne(portal.interval(), portal.backoff(), portal.timeout().multipliedBy(4).plusSeconds(30),
                BATCH, false);
    }

    @Override
    public Optional<String> off() {
        return portal.baseUrl().isEmpty() ? Optional.of("synchronisation with the national portal is off") : Optional.empty();
    }

    @Override
    public Outcome send(QueuedItem item) {
        try (var reader = Json.createReader(new StringReader(item.payload().orElseThrow()))) {
            portal.client().orElseThrow(() -> new SendFailure("synchronisation with the national portal is off"))
                    .publishFeedback(reader.readObject());
            return Outcome.SENT;
        } catch (PortalException e) {
            throw new SendFailure(e.getMessage(), e);
        }
    }

    @Override
    public String describe(QueuedItem item) {
        return "Publication of feedback " + item.key();
    }
}
