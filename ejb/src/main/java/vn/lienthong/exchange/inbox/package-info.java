/**
 * The recipient's side: its inbox, fetching a package as sent (with the hub's trace header),
 * and confirming or refusing the fetch. A revoked document is no longer fetched.
 */
package vn.lienthong.exchange.inbox;
