/**
 * The recipient's inbox over REST: listing, fetching a package as sent, confirming the fetch.
 * Translation only.
 */
package vn.lienthong.web.rest.exchange.inbox;
