/**
 * Dossiers over REST: intake, actions, work lists, the log, and the citizens' look-up by code and
 * key. Resources translate HTTP and JSON to {@code procedure.dossier} and back.
 */
package vn.lienthong.web.rest.procedure.dossier;
