package vn.lienthong.exchange.delivery;

import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

/**
 * Takes delivery messages off the delivery queue (activation spec
 * {@code lienthong/lienthong-ejb/DeliveryConsumer} in server.xml) and hands them to
 * {@link DeliveryService}, whose own database transaction commits before the message is
 * acknowledged. No distributed transaction: a crash between the two redelivers the message, and
 * delivery is idempotent. A failure propagates: the broker redelivers the message, then
 * dead-letters it after the configured attempts.
 */
@MessageDriven(name = "DeliveryConsumer")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryConsumer implements MessageListener {

    @EJB
    DeliveryService deliveries;

    @Override
    public void onMessage(Message message) {
        try {
            deliveries.deliver(new HubDocumentId(message.getStringProperty(JmsDeliveryDispatcher.DOCUMENT_ID)),
                    AgencyCode.of(message.getStringProperty(JmsDeliveryDispatcher.RECIPIENT)));
        } catch (JMSException e) {
            throw new JMSRuntimeException("Unreadable delivery message: " + e.getMessage(), e.getErrorCode(), e);
        }
    }
}
