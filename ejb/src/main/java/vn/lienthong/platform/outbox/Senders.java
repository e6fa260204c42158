package vn.lienthong.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The queues this application has: one {@link Sender} bean each, by its queue's name. */
@ApplicationScoped
public class Senders {

    @Inject
    @Any
    Instance<Sender> beans;

    private Map<String, Sender> byQueue;

    @PostConstruct
    void collect() {
        Map<String, Sender> found = new TreeMap<>();
        for (Sender sender : beans) {
            Sender earlier = found.put(sender.queue(), sender);
            if (earlier != null) {
                throw new IllegalStateException("Two senders for queue " + sender.queue() + ": " + earlier + " and " + sender);
            }
        }
        byQueue = Collections.unmodifiableMap(found);
    }

    /** @throws UnknownQueueException when no sender serves {@code queue} */
    public Sender of(String queue) {
        Sender sender = queue == null ? null : byQueue.get(queue);
        if (sender == null) {
            throw new UnknownQueueException(queue, byQueue.keySet());
        }
        return sender;
    }

    /** Every queue, by name. */
    public Collection<Sender> all() {
        return byQueue.values();
    }
}
