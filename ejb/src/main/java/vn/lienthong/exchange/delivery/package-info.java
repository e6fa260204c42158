/**
 * One document to one recipient: the delivery rows (the outbox of the broker messages), the
 * dispatch after commit, the idempotent consumer that puts documents into inboxes, and the sweeper
 * that sends again what a crash left queued.
 */
package vn.lienthong.exchange.delivery;
