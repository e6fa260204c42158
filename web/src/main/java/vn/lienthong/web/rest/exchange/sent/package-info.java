/**
 * The sender's sent list and per-document recipient states over REST. Translation only.
 */
package vn.lienthong.web.rest.exchange.sent;
