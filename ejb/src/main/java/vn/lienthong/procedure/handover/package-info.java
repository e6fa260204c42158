/**
 * The inter-agency one-stop: a dossier step owned by another agency is handed over as an edXML
 * package through the hub's own exchange, queued with the transition that made it, and closed by
 * the owner's statuses. The queue ({@code handover_outbox}), its relay and its administration live here.
 */
package vn.lienthong.procedure.handover;
