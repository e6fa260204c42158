package vn.lienthong.platform.outbox;

/**
 * An administrator sent a FAILED item again: fired in the re-drive's transaction with the item as it
 * was and as it is now, for whoever keeps account of administrators' actions (the audit log).
 */
public record QueueItemRedriven(QueuedItem before, QueuedItem after) {
}
