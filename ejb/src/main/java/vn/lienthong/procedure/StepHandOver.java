package vn.lienthong.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.exchange.StatusRecorded;
import vn.lienthong.exchange.SubmissionReceipt;
import vn.lienthong.exchange.SubmissionService;
import vn.lienthong.platform.HubClock;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The inter-agency one-stop on the hub's own exchange: once a transition that hands a step to
 * another agency has committed, the receiving agency "sends" that agency an edXML document through
 * the ordinary submission path (so it lands in the owner's inbox, push endpoint included); when the
 * owner reports that document completed (status 06), the step is completed in the dossier.
 *
 * <p>Both run after the triggering commit, in transactions of their own: the exchange's submission
 * must not be rolled into the dossier's transaction. The submission is idempotent (key: dossier
 * code and step), so sending again after a failure is harmless; a failure here leaves the dossier
 * INTEROPERATING and is logged as SEVERE for the operators, and the owner can still complete the
 * step over the REST API.
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

    @Inject
    Clock clock;

    void onDossierChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DossierChanged change) {
        if (change.to() != DossierState.INTEROPERATING || change.action() != DossierAction.COMPLETE_STEP) {
            return;
        }
        try {
            handOver(change.dossierCode(), change.currentStep());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Could not hand step " + change.currentStep() + " of dossier "
                    + change.dossierCode() + " over through the axis; the owner can complete it over REST");
        }
    }

    void onStatusRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatusRecorded status) {
        try {
            handOvers.completeFrom(status);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Status " + status.statusCode() + " from " + status.reporter()
                    + " on document " + status.documentId() + " did not complete a dossier step");
        }
    }

    void handOver(String code, int step) {
        Dossier dossier = dossiers.lookup(code);
        Procedure procedure = catalogue.get(dossier.procedureCode());
        AgencyCode sender = dossier.agency();
        AgencyCode owner = dossiers.ownerOf(dossier, procedure, step);
        String stepName = step <= procedure.steps().size() ? procedure.steps().get(step - 1).name() : "";
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), HubClock.ZONE);
        byte[] xml = HandOverPackage.build(sender, name(sender), owner, name(owner), dossier, procedure, stepName, step, now);
        SubmissionReceipt receipt = submission.submit(sender, new ByteArrayInputStream(xml),
                Optional.of("dossier:" + code + ":step:" + step));
        handOvers.recordSent(code, step, owner, receipt.documentId().value(), receipt.edxmlDocumentId());
    }

    private String name(AgencyCode code) {
        return directory.findAgency(code).map(Agency::name).orElse(code.value());
    }
}
