package vn.lienthong.exchange.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

import java.util.List;

/**
 * One persistent message per recipient on the delivery queue, through the Artemis resource
 * adapter's connection factory; inside a container transaction the adapter enlists the send in it.
 */
@ApplicationScoped
public class JmsDeliveryDispatcher implements DeliveryDispatcher {

    static final String DOCUMENT_ID = "documentId";
    static final String RECIPIENT = "recipient";

    @Resource(lookup = "jms/lienthong/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/lienthong/DeliveryQueue")
    Queue deliveryQueue;

    @Override
    public void dispatch(HubDocumentId document, List<AgencyCode> recipients) {
        try (JMSContext context = connectionFactory.createContext()) {
            JMSProducer producer = context.createProducer();
            for (AgencyCode recipient : recipients) {
                producer.setProperty(DOCUMENT_ID, document.value())
                        .setProperty(RECIPIENT, recipient.value())
                        .send(deliveryQueue, context.createMessage());
            }
        }
    }
}
