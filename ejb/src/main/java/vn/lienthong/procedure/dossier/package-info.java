/**
 * Citizens' dossiers (hồ sơ): intake with the dossier code, look-up key and due date, the state
 * machine every action goes through, its log, papers, pauses and extensions. The mapping of
 * internal states to the ten national status codes is here too.
 */
package vn.lienthong.procedure.dossier;
