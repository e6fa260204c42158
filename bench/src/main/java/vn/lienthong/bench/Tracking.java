package vn.lienthong.bench;

import java.util.concurrent.atomic.AtomicInteger;

/** One submitted document on its way: when it was meant to leave, how many recipients still have to see and confirm it. */
final class Tracking {

    final long intendedNanos;
    final AtomicInteger unseen;
    final AtomicInteger unconfirmed;

    Tracking(long intendedNanos, int recipients) {
        this.intendedNanos = intendedNanos;
        this.unseen = new AtomicInteger(recipients);
        this.unconfirmed = new AtomicInteger(recipients);
    }
}
