package vn.lienthong.procedure.portal;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import vn.lienthong.platform.outbox.QueueSettings;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.outbox.SendFailure;
import vn.lienthong.platform.outbox.Sender;

import java.io.StringReader;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A queue whose items go to the national portal (dossier changes, feedback publications): each item's
 * payload is the record the portal receives, handed to one call of {@link PortalClient}, one item at a
 * time on each server through the portal's one session, at {@code lienthong.portal.interval} with the
 * backoff of {@code lienthong.portal.backoff}. Without {@code lienthong.portal.url} the queue waits.
 */
public abstract class PortalQueueSender implements Sender {

    @Inject
    PortalSettings portal;

    private final String queue;
    private final int calls;
    private final int batch;
    private final boolean ordered;
    private final BiConsumer<PortalClient, JsonObject> call;

    /**
     * @param calls   how many portal calls one item may make, each within the timeout: the lease covers them
     * @param batch   items listed per round
     * @param ordered whether a key's items go in their order ({@link vn.lienthong.platform.outbox.KeyOrder})
     * @param call    what the portal is asked to do with the record
     */
    protected PortalQueueSender(String queue, int calls, int batch, boolean ordered, BiConsumer<PortalClient, JsonObject> call) {
        this.queue = Objects.requireNonNull(queue);
        this.calls = calls;
        this.batch = batch;
        this.ordered = ordered;
        this.call = Objects.requireNonNull(call);
    }

    @Override
    public String queue() {
        return queue;
    }

    @Override
    public QueueSettings settings() {
        return QueueSettings.oneByOne(portal.interval(), portal.backoff(),
                portal.timeout().multipliedBy(calls + 1).plusSeconds(30), batch, ordered);
    }

    @Override
    public Optional<String> off() {
        return portal.baseUrl().isEmpty()
                ? Optional.of("synchronisation with the national portal is off (lienthong.portal.url is not set)")
                : Optional.empty();
    }

    @Override
    public Outcome send(QueuedItem item) {
        PortalClient client = portal.client().orElseThrow(() -> new SendFailure("synchronisation with the national portal is off"));
        try (var reader = Json.createReader(new StringReader(item.payload().orElseThrow()))) {
            call.accept(client, reader.readObject());
            return Outcome.SENT;
        } catch (PortalException e) {
            throw new SendFailure(e.getMessage(), e);
        }
    }
}
