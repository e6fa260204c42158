package vn.lienthong.platform.outbox;

import java.util.Optional;

/** An administrator re-drove every FAILED item of a queue (or of one key of it): fired in that transaction. */
public record QueueRedrivenInBulk(String queue, Optional<String> key, int count) {
}
