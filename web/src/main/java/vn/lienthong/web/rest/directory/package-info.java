/**
 * The directory over REST: agencies, administrators' changes, secrets and certificates, and the
 * signed snapshot and change feed. Translation only.
 */
package vn.lienthong.web.rest.directory;
