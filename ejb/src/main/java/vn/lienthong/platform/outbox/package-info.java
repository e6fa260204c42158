/**
 * The hub's one durable queue ({@link vn.lienthong.platform.outbox.OutboxItem}, table {@code outbox_item}):
 * items written in the transaction of the change they announce, sent afterwards by
 * {@link vn.lienthong.platform.outbox.OutboxRelay} through one {@link vn.lienthong.platform.outbox.Sender}
 * per queue (portal-sync, feedback-publication, handover, push), retried on the queue's backoff, then
 * FAILED until an administrator re-drives them. Every attempt keeps the lease rule: a relay claims one
 * item for a bounded time, and only the holder of the current lease may record the item's outcome.
 */
package vn.lienthong.platform.outbox;
