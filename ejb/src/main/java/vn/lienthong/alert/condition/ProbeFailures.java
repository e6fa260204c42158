package vn.lienthong.alert.condition;

import java.util.concurrent.atomic.AtomicInteger;

/** Failed probes of one service in a row on this server: one success starts the count again. */
final class ProbeFailures {

    private final AtomicInteger inARow = new AtomicInteger();

    /** @return the failures in a row after this probe */
    int record(boolean answered) {
        if (answered) {
            inARow.set(0);
            return 0;
        }
        return inARow.incrementAndGet();
    }
}
