/**
 * How callers prove who they are. Agency software signs in as its agency; the directory holds
 * the agency's credential.
 */
package vn.lienthong.web.security;
