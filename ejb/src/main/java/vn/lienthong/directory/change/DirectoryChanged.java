package vn.lienthong.directory.change;

/**
 * A change an administrator (or a peer hub's account) made to the directory, as a CDI event fired in
 * the transaction that makes it, for what must happen with it or not at all: a provincial instance
 * queues the change of its own tree for its upstream.
 */
public record DirectoryChanged(DirectoryEventView event) {
}
