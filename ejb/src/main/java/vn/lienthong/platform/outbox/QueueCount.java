package vn.lienthong.platform.outbox;

/** How many items of one queue are in one state. */
public record QueueCount(String queue, OutboxState state, long count) {
}
