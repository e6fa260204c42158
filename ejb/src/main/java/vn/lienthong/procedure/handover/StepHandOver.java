package vn.lienthong.procedure.handover;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.exchange.status.StatusRecorded;
import vn.lienthong.exchange.submission.IdempotencyKeyReusedException;
import vn.lienthong.exchange.submission.SubmissionReceipt;
import vn.lienthong.exchange.submission.SubmissionService;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.dossier.Dossier;
import vn.lienthong.procedure.dossier.DossierService;
import vn.lienthong.signature.hubkey.HubSigning;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The inter-agency one-stop on the hub's own exchange: a transition that hands a step to another
 * agency queues the hand-over ({@link HandOverOutbox}); {@link HandOverSender} then has the
 * receiving agency "send" that agency an edXML document through the ordinary submission path (so it
 * lands in the owner's inbox, push endpoint included), retrying with backoff until the axis accepts
 * it; when the owner reports that document completed (status 06), the step is completed in the
 * dossier.
 *
 * <p>The submission runs outside the dossier's transaction: the exchange's submission must not be
 * rolled into it. It is idempotent (key: dossier code and step; a hand-over already recorded is not
 * submitted again, and one accepted but not recorded is recognised by its key), so a retry after a
 * lost answer never makes a second document. The package is signed with the hub's key and submitted
 * as of hub origin, the one path on which the verifier accepts that key: recipients see the verdict
 * HUB_SIGNED, not an agency's signature (docs/signatures.md).
 */
@ApplicationScoped
public class StepHandOver {

    private static final Logger LOG = Logger.getLogger(StepHandOver.class.getName());

    @Inject
    DossierService dossiers;

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    DirectoryService directory;

    @Inject
    SubmissionService submission;

    @Inject
    HandOvers handOvers;

    @EJB
    HubSigning hub;

    void onStatusRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatusRecorded status) {
        try {
            handOvers.completeFrom(status);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Status " + status.statusCode() + " from " + status.reporter()
                    + " on document " + status.documentId() + " did not complete a dossier step");
        }
    }

    /**
     * Submits the hand-over document of {@code step}, dated {@code queuedAt} and signed with the hub's
     * key (so that it passes the handing agency's REQUIRE_VALID policy); records what it became.
     */
    public void handOver(String code, int step, Instant queuedAt) {
        if (handOvers.of(code).stream().anyMatch(h -> h.step() == step)) {
            return; // an earlier attempt got through and was recorded
        }
        Dossier dossier = dossiers.lookup(code);
        Procedure procedure = catalogue.get(dossier.procedureCode());
        AgencyCode sender = dossier.agency();
        AgencyCode owner = dossiers.ownerOf(dossier, procedure, step);
        String stepName = step <= procedure.steps().size() ? procedure.steps().get(step - 1).name() : "";
        LocalDateTime at = LocalDateTime.ofInstant(queuedAt, HubClock.ZONE);
        byte[] xml = hub.signPackage(
                HandOverPackage.build(sender, name(sender), owner, name(owner), dossier, procedure, stepName, step, at));
        String edxmlId = HandOverPackage.edxmlDocumentId(sender, at, code, step);
        try {
            SubmissionReceipt receipt = submission.submitOriginatedByHub(sender, new ByteArrayInputStream(xml),
                    Optional.of("dossier:" + code + ":step:" + step));
            handOvers.recordSent(code, step, owner, receipt.documentId().value(), receipt.edxmlDocumentId());
        } catch (IdempotencyKeyReusedException sentBefore) {
            // An earlier attempt was accepted but not recorded (its answer was lost); every signature is
            // new, so the bytes differ, but the document is the one already delivered.
            handOvers.recordSent(code, step, owner, sentBefore.firstDocument().value(), edxmlId);
        }
    }

    private String name(AgencyCode code) {
        return directory.findAgency(code).map(Agency::name).orElse(code.value());
    }
}
