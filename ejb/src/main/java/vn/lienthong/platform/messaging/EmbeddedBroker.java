package vn.lienthong.platform.messaging;

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

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ActiveMQ Artemis broker of the embedded default set-up (server variable
 * {@code broker.embedded=true}, set by broker-embedded.xml). It listens on the loopback
 * interface only, on {@code broker.port} (19080 by default, not the 61616 every other broker listens
 * on), and refuses to start when that port is taken, so the resource adapter can never end up
 * talking to someone else's broker. It keeps its
 * journal on disk under the server's data directory, with a sync on every durable send, so a
 * message the hub accepted survives a crash.
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
    private static final String ACCEPTOR = "loopback";

    @Inject
    @ConfigProperty(name = "broker.embedded", defaultValue = "false")
    boolean embedded;

    @Inject
    @ConfigProperty(name = "broker.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "broker.port", defaultValue = "19080")
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
        if (!free(host, port)) {
            // Someone else listens there (another broker, a second server on this machine): the
            // resource adapter would hand this server's messages to them. Refuse to start rather than
            // share. (Artemis itself logs a failed bind through a logger this server does not wire.)
            LOG.log(Level.SEVERE, "The embedded message broker cannot listen on {0}:{1}: the port is in use. Set broker.port "
                    + "(BROKER_PORT) to a free port / Bộ trung chuyển thông điệp nhúng không mở được cổng {0}:{1} vì cổng đã "
                    + "bị dùng; hãy đặt broker.port (BROKER_PORT) là một cổng trống", new Object[]{host, String.valueOf(port)});
            throw new IllegalStateException("The embedded message broker cannot listen on " + host + ":" + port
                    + " (in use); set broker.port");
        }
        try {
            broker = new EmbeddedActiveMQ();
            broker.setConfiguration(configuration(dir));
            broker.start();
        } catch (Exception e) {
            throw new IllegalStateException("The embedded message broker did not start", e);
        }
        LOG.log(Level.INFO, "Embedded message broker listening on {0}:{1}, journal in {2}",
                new Object[]{host, String.valueOf(port), dir});
    }

    /** Whether nothing listens on host:port yet. */
    static boolean free(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
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
        config.addAcceptorConfiguration(ACCEPTOR, "tcp://" + host + ":" + port);
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
