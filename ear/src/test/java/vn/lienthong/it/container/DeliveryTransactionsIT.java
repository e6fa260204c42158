package vn.lienthong.it.container;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.delivery.DeliveryService;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.exchange.inbox.InboxItem;
import vn.lienthong.exchange.inbox.InboxService;
import vn.lienthong.exchange.submission.SubmissionReceipt;
import vn.lienthong.exchange.submission.SubmissionService;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transactions inside the container: the resource adapter's sends take part in the caller's JTA
 * transaction, and the delivery consumer's work is idempotent. The hub no longer relies on the
 * first (deliveries go through an outbox, docs/reliability.md, because in-doubt XA branches after
 * a SIGKILL proved worse than a duplicate message); the test stays to document what the adapter
 * does. The idempotent consumer is what the outbox depends on. Runs in the built EAR, deployed by
 * Arquillian to a managed Liberty server.
 */
@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
class DeliveryTransactionsIT {

    private static final String PROBE_QUEUE = "lienthong.test.transactions";

    @Deployment
    static EnterpriseArchive application() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("arquillian.ear", "target/lienthong.ear")));
        WebArchive web = ear.getAsType(WebArchive.class, "lienthong-web.war");
        web.addClass(DeliveryTransactionsIT.class);
        // The Liberty container adapter does not read the context root from application.xml here.
        web.addAsWebInfResource(new StringAsset("""
                <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.0"><context-root uri="/"/></web-ext>
                """), "ibm-web-ext.xml");
        return ear;
    }

    @Resource(lookup = "jms/lienthong/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @EJB
    SubmissionService submissions;

    @EJB
    DeliveryService deliveries;

    @EJB
    InboxService inbox;

    @Test
    void aMessageSentInATransactionThatRollsBackIsNeverDelivered() throws Exception {
        String marker = UUID.randomUUID().toString();

        transaction.begin();
        send(marker);
        transaction.rollback();

        assertNull(receive(marker, 2_000), "a rolled-back send must not reach the queue");
    }

    @Test
    void aMessageSentInATransactionIsDeliveredOnlyOnceItCommits() throws Exception {
        String marker = UUID.randomUUID().toString();

        transaction.begin();
        send(marker);
        assertNull(receive(marker, 500), "nothing may be visible before the commit");
        transaction.commit();

        assertNotNull(receive(marker, 10_000), "a committed send reaches the queue");
    }

    @Test
    void aRedeliveredMessageChangesNothing() throws Exception {
        AgencyCode sender = AgencyCode.of("000.00.00.G22");
        AgencyCode recipient = AgencyCode.of("000.00.05.H41");
        SubmissionReceipt receipt = submissions.submit(sender, new ByteArrayInputStream(
                Packages.document(sender.value(), recipient.value()).getBytes(StandardCharsets.UTF_8)));
        HubDocumentId id = receipt.documentId();
        InboxItem delivered = awaitDelivered(recipient, id);

        // What the consumer does when the broker hands it the same message again.
        deliveries.deliver(id, recipient);
        deliveries.deliver(id, recipient);

        InboxItem after = find(recipient, id).orElseThrow();
        assertEquals(DeliveryState.DELIVERED, after.state());
        assertEquals(delivered.deliveredAt(), after.deliveredAt(), "a repeated delivery keeps the first delivery time");
    }

    private InboxItem awaitDelivered(AgencyCode recipient, HubDocumentId id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Optional<InboxItem> item = find(recipient, id);
            if (item.isPresent()) {
                return item.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the delivery consumer did not deliver " + id + " within 30 s");
    }

    @Test
    void aDeliveryTheHubNeverRecordedFailsSoTheBrokerRetriesIt() {
        HubDocumentId unknown = HubDocumentId.next(Clock.systemUTC());

        EJBException failure = assertThrows(EJBException.class,
                () -> deliveries.deliver(unknown, AgencyCode.of("000.00.00.H41")));
        assertTrue(failure.getCause() instanceof IllegalStateException, "a system failure, rolled back and redelivered");
        assertThrows(UnknownDocumentException.class, () -> inbox.open(AgencyCode.of("000.00.00.H41"), unknown));
    }

    private Optional<InboxItem> find(AgencyCode recipient, HubDocumentId id) {
        return inbox.list(recipient, true, Optional.empty(), 500).items().stream()
                .filter(i -> i.documentId().equals(id)).findFirst();
    }

    private void send(String marker) {
        try (JMSContext context = connectionFactory.createContext()) {
            Queue queue = context.createQueue(PROBE_QUEUE);
            context.createProducer().setProperty("marker", marker).send(queue, context.createMessage());
        }
    }

    private Message receive(String marker, long timeoutMillis) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = context.createConsumer(context.createQueue(PROBE_QUEUE), "marker = '" + marker + "'")) {
            return consumer.receive(timeoutMillis);
        }
    }

    /** The smallest valid document package, built here because this class runs inside the server. */
    static final class Packages {
        static String document(String from, String to) {
            String number = String.valueOf(System.nanoTime() % 1_000_000_000L);
            return """
                    <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope><edXMLHeader>
                    <MessageHeader><From><OrganId>%s</OrganId></From><To><OrganId>%s</OrganId></To>
                    <Code><CodeNumber>%s</CodeNumber><CodeNotation>TEST</CodeNotation></Code>
                    <Subject>Kiểm thử giao dịch</Subject></MessageHeader>
                    </edXMLHeader></edXMLEnvelope></edXML>
                    """.formatted(from, to, number);
        }
    }
}
