/**
 * Federation (liên thông giữa các trục, docs/federation.md): this instance's peers, the upstream hub
 * it relays to and the hubs below it, and the relaying of packages between them. A single hub
 * configures no peer and nothing here changes what it does.
 */
package vn.lienthong.exchange.relay;
