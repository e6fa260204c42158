/**
 * The hub's REST v1 (docs/api.md) over {@code java.net.http}: {@link vn.lienthong.client.http.LienThongClient}
 * sends with an idempotency key and retries what is safe to retry ({@link vn.lienthong.client.http.RetryPolicy}),
 * streams packages both ways with {@link vn.lienthong.client.http.Progress}, and turns every refusal into a
 * {@link vn.lienthong.client.http.HubException} carrying the hub's problem document.
 */
package vn.lienthong.client.http;
