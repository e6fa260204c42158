/**
 * Who this instance is among the hubs of a federation (docs/federation.md): its own hub code and
 * the upstream hub it relays to, if any. Below the exchange and the directory's follower alike,
 * so both read the one configuration. And the directory follower: a provincial instance keeps the
 * entries outside its own tree in step with the upstream's signed change feed
 * ({@link vn.lienthong.directory.federation.DirectoryFollower}).
 */
package vn.lienthong.directory.federation;
