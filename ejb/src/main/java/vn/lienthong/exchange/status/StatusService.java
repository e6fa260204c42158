package vn.lienthong.exchange.status;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.batch.BatchSize;
import vn.lienthong.platform.batch.Refusal;
import vn.lienthong.exchange.edxml.AttachmentSink;
import vn.lienthong.exchange.document.PackageSpooler;
import vn.lienthong.exchange.document.SpooledPackage;
import vn.lienthong.exchange.document.WrongPackageKindException;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.exchange.edxml.InvalidPackageException;
import vn.lienthong.exchange.edxml.StatusCode;
import vn.lienthong.exchange.edxml.StatusPackage;
import vn.lienthong.signature.verification.PackageOrigin;
import vn.lienthong.signature.verification.PackageSignatures;
import vn.lienthong.signature.verification.PackageVerifier;
import vn.lienthong.signature.verification.SignatureVerdict;
import vn.lienthong.signature.xmldsig.SignatureScan;
import vn.lienthong.exchange.submission.SubmissionService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Accepts a status package from a recipient about a document it received, so the sender sees it.
 * The status must come from the signed-in agency, concern a document that agency received, and
 * carry a code a recipient may send. Its signature is judged like a document's (same verifier,
 * the reporter's policy, signer binding and revocation) before anything is stored, and the verdict
 * is stored with it: a status altered on the way, or stripped of its signature where the policy
 * requires one, is refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatusService {

    /** The business statuses of a recipient's handling of a document. */
    static final Set<StatusCode> RECIPIENT_PROGRESS = EnumSet.of(StatusCode.ARRIVED, StatusCode.REJECTED,
            StatusCode.ACCEPTED, StatusCode.ASSIGNED, StatusCode.PROCESSING, StatusCode.COMPLETED);

    @Inject
    PackageSpooler spooler;

    @Inject
    EdxmlLimits limits;

    @EJB
    StatusRegistry registry;

    @EJB
    PackageSignatures signatures;

    public StatusReceipt submit(AgencyCode reporter, InputStream body) {
        try (SpooledPackage spooled = spooler.spool(body)) {
            // One pass reads the status package and digests it for its signature.
            SignatureScan signatureScan = SignatureScan.firstPass();
            StatusPackage status = readStatus(spooled, signatureScan);
            SubmissionService.checkSender(reporter, status.from(), "Status/From/OrganId");
            StatusCode code = StatusCode.of(status.statusCode()).orElseThrow();
            if (code == StatusCode.REJECTED && (status.description() == null || status.description().isBlank())) {
                throw new InvalidPackageException("Status/Description", "a reject (02) must give its reason",
                        "từ chối (02) phải nêu lý do");
            }
            // Verified from the spooled bytes, which are the bytes stored (docs/signatures.md); statuses
            // only ever come from agencies: the hub originates none.
            SignatureVerdict verdict = signatures.judge(reporter, PackageVerifier.PackageBytes.scannedBy(spooled::open, signatureScan),
                    status.signature() != null, PackageOrigin.AGENCY);
            // Take-back statuses of several agencies may change one document at the same moment: the
            // loser of such a race is recorded again on fresh data, and told 409 if it keeps losing.
            return ConcurrentUpdates.retried(() -> code == StatusCode.TAKE_BACK_REQUESTED
                            ? registry.recordTakeBackRequest(reporter, status, spooled, verdict)
                            : registry.record(reporter, status, spooled, verdict),
                    "The document " + status.responseFor().documentId(), "Văn bản " + status.responseFor().documentId());
        }
    }

    /**
     * Several status packages in one call, each judged and recorded exactly as {@link #submit} does
     * (its own transaction), answered in the order given: one refused does not stop the others.
     */
    public List<StatusOutcome> submitAll(AgencyCode reporter, List<InputStream> bodies) {
        List<StatusOutcome> outcomes = new ArrayList<>();
        for (InputStream body : BatchSize.checked(bodies, "status")) {
            try {
                outcomes.add(new StatusOutcome(submit(reporter, body), null));
            } catch (BusinessException e) {
                outcomes.add(new StatusOutcome(null, Refusal.of(e)));
            }
        }
        return outcomes;
    }

    private StatusPackage readStatus(SpooledPackage spooled, SignatureScan signatureScan) {
        EdxmlPackage pkg;
        try (InputStream in = spooled.open()) {
            pkg = new EdxmlReader(limits).read(in, AttachmentSink.DISCARD, signatureScan::event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pkg instanceof StatusPackage status) {
            return status;
        }
        throw new WrongPackageKindException(false);
    }
}
