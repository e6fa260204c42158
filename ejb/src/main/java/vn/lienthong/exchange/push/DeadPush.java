package vn.lienthong.exchange.push;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.HubDocumentId;

import java.time.Instant;

/** A push that used up its schedule, as administrators see it in the dead-letter list. */
public record DeadPush(long deliveryId, HubDocumentId document, AgencyCode recipient, int attempts,
                       Instant lastAttemptAt, String lastError, boolean inInbox) {

    static DeadPush of(Delivery d) {
        return new DeadPush(d.id(), d.documentId(), d.recipient(), d.pushAttempts(), d.lastPushAt(), d.lastPushError(),
                d.state() == DeliveryState.DELIVERED);
    }
}
