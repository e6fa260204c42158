/**
 * The hub's one durable queue ({@link vn.lienthong.platform.outbox.OutboxItem}, table {@code outbox_item}):
 * items written in the transaction of the change they announce, sent afterwards by
 * {@link vn.lienthong.platform.outbox.OutboxRelay} through one {@link vn.lienthong.platform.outbox.Sender}
 * per queue, retried on the queue's backoff, then FAILED until an administrator re-drives them. And the
 * lease rule every queue keeps, this one and the one not yet moved onto it (delivery push):
 * a relay claims one row for a bounded time, and only the holder of the current lease may record the
 * row's outcome.
 */
package vn.lienthong.platform.outbox;
