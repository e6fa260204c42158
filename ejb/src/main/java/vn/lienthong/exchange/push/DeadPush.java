package vn.lienthong.exchange.push;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.platform.outbox.QueuedItem;

import java.time.Instant;

/** A push that used up its schedule (a FAILED item of queue {@code push}), as administrators see it in the dead-letter list. */
public record DeadPush(long deliveryId, HubDocumentId document, AgencyCode recipient, int attempts,
                       Instant lastAttemptAt, String lastError, boolean inInbox) {

    static DeadPush of(QueuedItem item, Delivery d) {
        return new DeadPush(d.id(), d.documentId(), d.recipient(), item.attempts(), item.lastAttemptAt().orElse(null),
                item.lastError().orElse(null), d.state() == DeliveryState.DELIVERED);
    }
}
