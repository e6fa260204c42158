package vn.lienthong.platform.outbox;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The order of an ordered queue (the portal must see a dossier's statuses in the order they
 * happened): the items of one key go one at a time, oldest first, and never one before an earlier
 * item of its key that is still pending (waiting, or in flight) or FAILED. A FAILED item holds its
 * key until an administrator re-drives it; other keys go on.
 */
public final class KeyOrder {

    /** The states of an earlier item that hold a later one back. */
    public static final Set<OutboxState> HOLDING_BACK = EnumSet.of(OutboxState.PENDING, OutboxState.FAILED);

    private KeyOrder() {
    }

    /**
     * The item of one key that may be sent next.
     *
     * @param itemsOfKey the key's items (in any order; sent and cancelled ones may be among them)
     * @return its oldest item still to be sent, when that one is pending; empty when the oldest has
     * FAILED (the key waits for an administrator) or nothing is left to send
     */
    public static Optional<OutboxItem> next(Collection<OutboxItem> itemsOfKey) {
        return itemsOfKey.stream()
                .filter(item -> HOLDING_BACK.contains(item.state()))
                .min(Comparator.comparingLong(OutboxItem::seq))
                .filter(oldest -> oldest.state() == OutboxState.PENDING);
    }
}
