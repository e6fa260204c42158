package vn.lienthong.exchange.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * How often the sweeper sent a delivery's message again while it stayed QUEUED (the broker was
 * away, or a server died between the commit and the send), and when it last did: the first send is
 * not recorded. Changed only by the sweeper's conditional update ({@link DeliveryService#claimStale}),
 * which is what makes two servers' sweepers never send one delivery twice in a round.
 */
@Embeddable
public class Redispatch {

    @Column(name = "last_dispatch_at")
    private Instant lastDispatchAt;

    @Column(name = "dispatch_count", nullable = false)
    private int dispatchCount;

    public Redispatch() {
        // for JPA, and a delivery not sent again yet
    }

    public Instant lastDispatchAt() {
        return lastDispatchAt;
    }

    public int dispatchCount() {
        return dispatchCount;
    }
}
