/**
 * Push delivery: the endpoint an agency registers, the operator's rule of which addresses the hub
 * may call, and the sender that POSTs delivered packages through the hub's outbox (queue {@code push}),
 * with backoff and a dead-letter list. Push is an addition to pull: a delivery pushed or not is
 * still in the inbox.
 */
package vn.lienthong.exchange.push;
