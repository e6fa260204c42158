package vn.lienthong.platform.messaging;

import java.util.List;

/**
 * Broker addresses the application uses. An external broker must define the same queues
 * (docs/deployment.md); the embedded broker creates them itself.
 */
public final class MessagingNames {

    /** One message per (document, recipient): put the document into the recipient's inbox. */
    public static final String DELIVERY_QUEUE = "lienthong.delivery";

    public static final List<String> QUEUES = List.of(DELIVERY_QUEUE);

    public static final String DEAD_LETTER_QUEUE = "lienthong.dead-letter";

    /** After this many failed attempts a message goes to the dead-letter queue. */
    public static final int MAX_DELIVERY_ATTEMPTS = 10;

    private MessagingNames() {
    }
}
