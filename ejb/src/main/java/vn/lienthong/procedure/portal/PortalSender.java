package vn.lienthong.procedure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import vn.lienthong.platform.outbox.QueueSettings;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.outbox.SendFailure;
import vn.lienthong.platform.outbox.Sender;

import java.io.StringReader;
import java.util.Optional;

/**
 * Sends dossier changes to the national portal (queue {@value #QUEUE}: key the dossier's code, number
 * its log entry, payload the record taken at the change, {@link PortalPayload}). An ordered queue: the
 * portal sees a dossier's statuses in the order they happened, and a later change waits behind an
 * earlier one that is pending or FAILED. One change at a time on each server, through the portal's one
 * session, at {@code lienthong.portal.interval} with the backoff of {@code lienthong.portal.backoff}.
 */
@ApplicationScoped
public class PortalSender implements Sender {

    public static final String QUEUE = "portal-sync";

    /** Changes listed per round. */
    static final int BATCH = 50;

    @Inject
    PortalSettings portal;

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public QueueSettings settings() {
        // One change makes up to five calls (log-in, look-up, create, update, step log), each within the timeout.
        return QueueSettings.oneByOne(portal.interval(), portal.backoff(), portal.timeout().multipliedBy(6).plusSeconds(30),
                BATCH, true);
    }

    @Override
    public Optional<String> off() {
        return portal.baseUrl().isEmpty()
                ? Optional.of("synchronisation with the national portal is off (lienthong.portal.url is not set)")
                : Optional.empty();
    }

    @Override
    public Outcome send(QueuedItem item) {
        try (var reader = Json.createReader(new StringReader(item.payload().orElseThrow()))) {
            portal.client().orElseThrow(() -> new SendFailure("synchronisation with the national portal is off"))
                    .send(reader.readObject());
            return Outcome.SENT;
        } catch (PortalException e) {
            throw new SendFailure(e.getMessage(), e);
        }
    }

    @Override
    public String describe(QueuedItem item) {
        return "Change " + item.seq() + " of dossier " + item.key();
    }
}
