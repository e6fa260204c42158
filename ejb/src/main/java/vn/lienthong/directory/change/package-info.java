/**
 * Changes to the directory: administrators add, rename, move, deactivate and merge agencies,
 * each change checked and written to the numbered change log in the same transaction. Clients
 * keep a copy in step from a snapshot and the events after it.
 */
package vn.lienthong.directory.change;
