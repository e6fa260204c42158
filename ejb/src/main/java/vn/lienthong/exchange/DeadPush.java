package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;

import java.time.Instant;

/** A push that used up its schedule, as administrators see it in the dead-letter list. */
public record DeadPush(long deliveryId, HubDocumentId document, AgencyCode recipient, int attempts,
                       Instant lastAttemptAt, String lastError, boolean inInbox) {

    static DeadPush of(Delivery d) {
        return new DeadPush(d.id(), d.documentId(), d.recipient(), d.pushAttempts(), d.lastPushAt(), d.lastPushError(),
                d.state() == DeliveryState.DELIVERED);
    }
}
