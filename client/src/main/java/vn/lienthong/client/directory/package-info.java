/**
 * A local copy of the hub's directory (danh bạ cơ quan), kept current by following its change feed
 * ({@link vn.lienthong.client.directory.DirectorySync}): one snapshot, then only the changes.
 */
package vn.lienthong.client.directory;
