/**
 * The database schema, brought to this build's version before anything else touches it: the
 * listed Flyway scripts and the Java data migrations capabilities provide as beans. Schema changes
 * happen only here, as new versions.
 */
package vn.lienthong.platform.migration;
