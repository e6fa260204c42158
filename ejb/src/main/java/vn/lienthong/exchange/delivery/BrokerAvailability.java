package vn.lienthong.exchange.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import vn.lienthong.platform.ServiceUnavailableException;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the broker is reachable. Submissions are refused with 503 while it is not, so a sender is
 * never told "accepted" for a document the hub cannot currently move; a document accepted just
 * before the broker failed is still delivered later by the sweeper. Costs nothing while the broker
 * is healthy: only after a failure does each submission probe it, until a probe succeeds.
 */
@ApplicationScoped
public class BrokerAvailability {

    private static final Logger LOG = Logger.getLogger(BrokerAvailability.class.getName());
    static final int RETRY_AFTER_SECONDS = 10;

    @Resource(lookup = "jms/lienthong/ConnectionFactory")
    ConnectionFactory connectionFactory;

    private final AtomicReference<Instant> failingSince = new AtomicReference<>();

    public void ensureAvailable() {
        if (failingSince.get() == null) {
            return;
        }
        try (JMSContext probe = connectionFactory.createContext()) {
            probe.createProducer(); // a live session: the broker answers again
            recovered();
        } catch (JMSRuntimeException e) {
            throw new ServiceUnavailableException("the message broker is unreachable", "không kết nối được máy chủ thông điệp",
                    RETRY_AFTER_SECONDS);
        }
    }

    void failed(RuntimeException cause) {
        if (failingSince.compareAndSet(null, Instant.now())) {
            LOG.log(Level.WARNING, "The message broker failed; submissions are refused until it answers again", cause);
        }
    }

    void recovered() {
        Instant since = failingSince.getAndSet(null);
        if (since != null) {
            LOG.log(Level.INFO, "The message broker answers again after {0} s", Duration.between(since, Instant.now()).toSeconds());
        }
    }
}
