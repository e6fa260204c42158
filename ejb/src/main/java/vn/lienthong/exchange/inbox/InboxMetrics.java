package vn.lienthong.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.util.function.Supplier;

/**
 * Timers of the recipients' two calls: {@code lienthong_inbox_fetch_seconds{call}} (finding and opening
 * packages of the inbox; the bytes then stream to the caller) and {@code lienthong_inbox_ack_seconds{call}}
 * (taking acknowledgements, commit included), {@code call} being {@code single} or {@code batch}.
 * Refused calls are timed too: they cost the hub as much.
 */
@ApplicationScoped
public class InboxMetrics {

    private static final Metadata FETCH = Metadata.builder().withName("lienthong.inbox.fetch")
            .withDescription("Time to find and open inbox packages for a recipient").withUnit("seconds").build();
    private static final Metadata ACK = Metadata.builder().withName("lienthong.inbox.ack")
            .withDescription("Time to take a recipient's acknowledgements").withUnit("seconds").build();

    @Inject
    MetricRegistry registry;

    <T> T fetch(boolean batch, Supplier<T> call) {
        return timed(registry.timer(FETCH, tag(batch)), call);
    }

    <T> T acknowledge(boolean batch, Supplier<T> call) {
        return timed(registry.timer(ACK, tag(batch)), call);
    }

    private static Tag tag(boolean batch) {
        return new Tag("call", batch ? "batch" : "single");
    }

    private static <T> T timed(Timer timer, Supplier<T> call) {
        Timer.Context running = timer.time();
        try {
            return call.get();
        } finally {
            running.stop();
        }
    }
}
