package vn.lienthong.procedure.dossier;

import vn.lienthong.directory.agency.AgencyCode;

/**
 * Fired (synchronously, inside the transaction that changed the dossier) after every logged
 * transition, so that the hand-over through the document axis and the portal outbox commit or
 * roll back together with the change.
 */
public record DossierChanged(String dossierCode, int eventSeq, DossierAction action, DossierState from,
                             DossierState to, int currentStep, AgencyCode actorAgency) {
}
