/**
 * How an agency's software proves who it is: its secret (hashed, rotated with a grace period,
 * reset) and its client certificates. Checked on every request against the database, so a
 * change is in force on every server at once.
 */
package vn.lienthong.directory.credential;
