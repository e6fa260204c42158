package vn.lienthong.web.rest.exchange.push;

import vn.lienthong.exchange.push.DeadPush;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** A dead push in the administrators' list; {@code inInbox} says the recipient can still pull it. */
public record DeadPushJson(String documentId, String recipient, int attempts, OffsetDateTime lastAttemptAt,
                           String lastError, boolean inInbox) {

    static DeadPushJson of(DeadPush d) {
        return new DeadPushJson(d.document().value(), d.recipient().value(), d.attempts(), Times.local(d.lastAttemptAt()),
                d.lastError(), d.inInbox());
    }
}
