package vn.lienthong.alert.condition;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import jakarta.jms.JMSException;
import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.platform.messaging.MessagingNames;

import java.util.Enumeration;
import java.util.Optional;

/**
 * Messages the broker gave up on: deliveries into agencies' inboxes that failed every attempt and lie in
 * {@value MessagingNames#DEAD_LETTER_QUEUE}, counted by browsing it (up to {@value #COUNTED}).
 */
@ApplicationScoped
public class DeadLetters implements Condition {

    /** Browsing stops here: past it the number no longer changes what an operator does. */
    static final int COUNTED = 10_000;

    @Resource(lookup = "jms/lienthong/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Override
    public AlertKind kind() {
        return AlertKind.DEAD_LETTERS;
    }

    @Override
    public Observation observe(long threshold) {
        try (JMSContext context = connectionFactory.createContext();
             QueueBrowser browser = context.createBrowser(context.createQueue(MessagingNames.DEAD_LETTER_QUEUE))) {
            long n = 0;
            for (Enumeration<?> messages = browser.getEnumeration(); messages.hasMoreElements() && n < COUNTED; n++) {
                messages.nextElement();
            }
            return Observation.of(kind(), n, n + (n == COUNTED ? "+" : "") + " message(s) in the broker's dead-letter queue "
                    + MessagingNames.DEAD_LETTER_QUEUE, n + " thông điệp trong hàng đợi thư chết " + MessagingNames.DEAD_LETTER_QUEUE);
        } catch (JMSRuntimeException | JMSException e) {
            // The broker-unreachable rule tells of an outage; this one cannot say anything meanwhile.
            return new Observation(kind(), Optional.empty(), "The dead-letter queue cannot be browsed: " + e,
                    "Không đọc được hàng đợi thư chết: " + e);
        }
    }
}
