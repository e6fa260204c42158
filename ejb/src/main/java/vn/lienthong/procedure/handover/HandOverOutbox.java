package vn.lienthong.procedure.handover;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.platform.outbox.OutboxService;

import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.dossier.Dossier;
import vn.lienthong.procedure.dossier.DossierAction;
import vn.lienthong.procedure.dossier.DossierChanged;
import vn.lienthong.procedure.dossier.DossierService;
import vn.lienthong.procedure.dossier.DossierState;


/**
 * Queues the hand-over of a step owned by another agency in the transaction that hands it over (a
 * synchronous observer), so that a dossier never becomes INTEROPERATING without its hand-over being
 * on its way, however the submission to the axis fares afterwards.
 */
@ApplicationScoped
public class HandOverOutbox {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    DossierService dossiers;

    @Inject
    ProcedureCatalogue catalogue;

    @EJB
    OutboxService outbox;

    void onDossierChanged(@Observes DossierChanged change) {
        if (change.to() != DossierState.INTEROPERATING || change.action() != DossierAction.COMPLETE_STEP) {
            return;
        }
        Dossier dossier = em.find(Dossier.class, change.dossierCode());
        Procedure procedure = catalogue.get(dossier.procedureCode());
        String owner = dossiers.ownerOf(dossier, procedure, change.currentStep()).value();
        outbox.enqueue(HandOverSender.QUEUE, change.dossierCode(), change.currentStep(), owner);
    }
}
