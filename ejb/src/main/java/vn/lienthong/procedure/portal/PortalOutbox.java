package vn.lienthong.procedure.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.platform.outbox.OutboxService;

import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.dossier.Dossier;
import vn.lienthong.procedure.dossier.DossierChanged;
import vn.lienthong.procedure.dossier.DossierChildKey;
import vn.lienthong.procedure.dossier.DossierEvent;
import vn.lienthong.procedure.dossier.NationalStatusMapping;

/**
 * Queues every dossier change for the portal (queue {@value PortalSender#QUEUE}) in the change's own
 * transaction (a synchronous observer), so that a change is never committed without its queued item
 * nor the reverse. The outbox's relay sends the items afterwards through {@link PortalSender}.
 */
@ApplicationScoped
public class PortalOutbox {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    NationalStatusMapping nationalStatus;

    @EJB
    OutboxService outbox;

    void onDossierChanged(@Observes DossierChanged change) {
        Dossier dossier = em.find(Dossier.class, change.dossierCode());
        DossierEvent event = em.find(DossierEvent.class, new DossierChildKey(change.dossierCode(), change.eventSeq()));
        Procedure procedure = em.find(Procedure.class, dossier.procedureCode());
        int status = nationalStatus.codeOf(change.to());
        String payload = PortalPayload.of(dossier, procedure, event, status).toString();
        outbox.enqueue(PortalSender.QUEUE, change.dossierCode(), change.eventSeq(), payload);
    }
}
