/**
 * The lease rule of the hub's database queues: a relay claims one row for a bounded time, and only
 * the holder of the current lease may record the row's outcome. Every queue (delivery push,
 * portal sync, feedback publication, hand-over) keeps it.
 */
package vn.lienthong.platform.outbox;
