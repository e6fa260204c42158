/**
 * SHA-256, the one digest the hub computes, and the sealing of secrets the hub keeps only to
 * present them later, with a key held outside the database. Capabilities hash and seal through
 * these, never with their own copies.
 */
package vn.lienthong.platform.crypto;
