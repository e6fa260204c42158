/**
 * How callers prove who they are. Agency software signs in as its agency; the directory holds
 * the agency's credential. Credentials travel only over TLS where that is required, and a client
 * that keeps failing to sign in is made to wait before anything more is checked.
 */
package vn.lienthong.web.security;
