package vn.lienthong.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Optional;

/**
 * The claim a relay holds on one row of a database queue while it sends that row: the rule every
 * queue of the hub keeps (dossier changes and feedback for the portal, hand-overs, pushes).
 *
 * <ul>
 *   <li>A row is claimed only when it is due: its due time doubles as the lease's end, so a row
 *       whose holder died is due again once the lease has run out.</li>
 *   <li>Each claim names a new holder ({@link LeaseToken}); only that holder may record what
 *       became of the send. A holder whose lease ran out and was taken over by another server
 *       records nothing, whatever it learnt.</li>
 *   <li>The row's version column takes part in every update, so that a claim and an outcome racing
 *       on two servers cannot both succeed: the check is part of the UPDATE, not only of the
 *       memory of one server.</li>
 * </ul>
 * A lease is taken right before the one send it covers and sized for that send, never for a whole
 * batch: a slow destination must not let another server re-send the tail of a batch.
 */
@Embeddable
public class Lease {

    @Column(name = "lease_holder", length = 36)
    private String holder;

    public Lease() {
        // for JPA, and a row nobody holds
    }

    /**
     * Takes the lease for a new holder when the row is due at {@code now}.
     *
     * @param due the row's due time: the next attempt, or the end of the current holder's lease
     * @return the new holder's token, or empty when the row is not due (another holder's lease runs)
     */
    public Optional<LeaseToken> take(Instant due, Instant now) {
        if (due == null || due.isAfter(now)) {
            return Optional.empty();
        }
        LeaseToken token = LeaseToken.next();
        holder = token.value();
        return Optional.of(token);
    }

    public boolean heldBy(LeaseToken token) {
        return token != null && token.value().equals(holder);
    }

    /** The send's outcome is recorded, or the row left the queue: nobody holds it any more. */
    public void release() {
        holder = null;
    }

    /** Null when nobody holds the row (as the database has it then). */
    public static Lease orFree(Lease lease) {
        return lease == null ? new Lease() : lease;
    }
}
