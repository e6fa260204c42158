package vn.lienthong.procedure.handover;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.status.StatusRecorded;
import vn.lienthong.procedure.dossier.ActionRequest;
import vn.lienthong.procedure.dossier.DossierService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The records of steps handed over through the axis, and the completion that comes back. */
@Stateless
public class HandOvers {

    private static final Logger LOG = Logger.getLogger(HandOvers.class.getName());

    /** edXML status "06, completed" on the hand-over document completes the step. */
    static final String COMPLETED = "06";

    @Inject
    HandOverRepository records;

    @EJB
    DossierService dossiers;

    @Inject
    Clock clock;

    public void recordSent(String dossierCode, int step, AgencyCode owner, String documentId, String edxmlDocumentId) {
        if (records.find(dossierCode, step).isEmpty()) {
            records.add(new DossierHandOver(dossierCode, step, owner.value(), documentId, edxmlDocumentId, clock.instant()));
        }
    }

    /**
     * Completes the handed-over step when its owner reports the hand-over document completed, and only
     * that step: a late "completed" on the document of an earlier step (which its owner completed
     * another way, over REST) changes nothing, whatever step the dossier is at now. Other statuses
     * (arrived, accepted, processing) are the ordinary exchange's business and change nothing.
     *
     * @return whether the status completed a step
     */
    public boolean completeFrom(StatusRecorded status) {
        if (!COMPLETED.equals(status.statusCode())) {
            return false;
        }
        Optional<DossierHandOver> handOver = records.openOfDocument(status.documentId().value(),
                status.reporter().value());
        if (handOver.isEmpty()) {
            return false;
        }
        DossierHandOver h = handOver.get();
        String actor = status.staff() != null ? status.staff() : status.reporter().value();
        boolean completed = dossiers.completeStepIfCurrent(h.dossierCode(), h.step(),
                new ActionRequest(status.description(), null, null, null, actor), status.reporter(), actor);
        if (!completed) {
            LOG.log(Level.INFO, "Status 06 from {0} on the hand-over of step {1} of dossier {2} completes nothing: "
                    + "the dossier has left that step", new Object[]{status.reporter(), h.step(), h.dossierCode()});
        }
        h.completed(clock.instant());
        return completed;
    }

    public List<DossierHandOver> of(String dossierCode) {
        return records.ofDossier(dossierCode);
    }
}
