package vn.lienthong.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ActiveMQ Artemis broker of the embedded default set-up (server variable
 * {@code broker.embedded=true}, set by broker-embedded.xml). It listens on the loopback
 * interface only and keeps its journal on disk under the server's data directory, with a sync on
 * every durable send, so a message the hub accepted survives a crash.
 *
 * <p>The resource adapter reaches it over TCP exactly as it would reach an external broker, so the
 * production configuration changes only server variables. Queue names and redelivery settings
 * are those docs/deployment.md asks an external broker to define.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmbeddedBroker {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());

    @Inject
    @ConfigProperty(name = "broker.embedded", defaultValue = "false")
    boolean embedded;

    @Inject
    @ConfigProperty(name = "broker.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "broker.port", defaultValue = "61616")
    int port;

    @Inject
    @ConfigProperty(name = "broker.data.dir")
    java.util.Optional<String> dataDir;

    private EmbeddedActiveMQ broker;

    @PostConstruct
    void start() {
        if (!embedded) {
            LOG.info("Using an external message broker (broker.embedded=false)");
            return;
        }
        Path dir = Path.of(dataDir.orElseThrow(() -> new IllegalStateException(
                "broker.data.dir must be set when the embedded broker is used")));
        try {
            broker = new EmbeddedActiveMQ();
            broker.setConfiguration(configuration(dir));
            broker.start();
            LOG.log(Level.INFO, "Embedded message broker listening on {0}:{1}, journal in {2}",
                    new Object[]{host, String.valueOf(port), dir});
        } catch (Exception e) {
            throw new IllegalStateException("The embedded message broker did not start", e);
        }
    }

    private Configuration configuration(Path dir) throws Exception {
        Configuration config = new ConfigurationImpl()
                .setName("lienthong-embedded")
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDatasync(true)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .setLargeMessagesDirectory(dir.resolve("large-messages").toString())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setGracefulShutdownEnabled(true)
                .setGracefulShutdownTimeout(5_000);
        config.addAcceptorConfiguration("loopback", "tcp://" + host + ":" + port);
        for (String queue : MessagingNames.QUEUES) {
            config.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true));
        }
        config.addQueueConfiguration(QueueConfiguration.of(MessagingNames.DEAD_LETTER_QUEUE).setRoutingType(RoutingType.ANYCAST));
        config.addAddressSetting("lienthong.#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(MessagingNames.DEAD_LETTER_QUEUE))
                .setMaxDeliveryAttempts(MessagingNames.MAX_DELIVERY_ATTEMPTS)
                .setRedeliveryDelay(1_000)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(60_000));
        return config;
    }

    @PreDestroy
    void stop() {
        if (broker == null) {
            return;
        }
        try {
            broker.stop();
            LOG.info("Embedded message broker stopped");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The embedded message broker did not stop cleanly", e);
        }
    }
}
