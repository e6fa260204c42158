/**
 * Readiness (MicroProfile Health, {@code /health/ready}): whether this server can take work now —
 * database, broker, TLS keystore and free disk space here; the hub key's check lives with the key
 * ({@code signature.hubkey}). Each check that is down says in its data what is wrong, in words an
 * operator can act on.
 */
package vn.lienthong.platform.health;
