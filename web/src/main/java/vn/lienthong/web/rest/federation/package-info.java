/**
 * Federation administration over REST: the peer hubs the national axis relays down to
 * ({@code /api/v1/admin/federation/peers}, docs/federation.md).
 */
package vn.lienthong.web.rest.federation;
