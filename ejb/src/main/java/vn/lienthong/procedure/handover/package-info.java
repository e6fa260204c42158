/**
 * The inter-agency one-stop: a dossier step owned by another agency is handed over as an edXML
 * package through the hub's own exchange, queued with the transition that made it, and closed by
 * the owner's statuses. The queue's sender ({@link vn.lienthong.procedure.handover.HandOverSender}, on
 * platform.outbox) and its administration by dossier and step live here.
 */
package vn.lienthong.procedure.handover;
