/**
 * SHA-256, the one digest the hub computes, the sealing of secrets the hub keeps only to
 * present them later, with a key held outside the database, and the check of a CMS signature made
 * by one known hub key (receipts, signed directory answers). Capabilities hash and seal through
 * these, never with their own copies.
 */
package vn.lienthong.platform.crypto;
