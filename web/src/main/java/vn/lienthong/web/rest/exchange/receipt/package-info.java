/**
 * The hub's signed receipts over REST ({@code /api/v1/receipts}). Translation only.
 */
package vn.lienthong.web.rest.exchange.receipt;
