package vn.lienthong.exchange.status;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.directory.federation.FederationSettings;
import vn.lienthong.directory.federation.Upstream;
import vn.lienthong.exchange.relay.InvalidRelayException;
import vn.lienthong.exchange.relay.RelayAuthority;
import vn.lienthong.exchange.relay.RelayHeaders;
import vn.lienthong.exchange.relay.Whereabouts;
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
import java.util.Optional;
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

    @EJB
    DirectoryService directory;

    @Inject
    FederationSettings federation;

    public StatusReceipt submit(AgencyCode reporter, InputStream body) {
        return submit(reporter, body, Optional.empty());
    }

    /**
     * As {@link #submit(AgencyCode, InputStream)}, or, with {@code relayFor}, a peer hub relaying a
     * status recorded at its hop (docs/federation.md): the caller must be a hub account allowed to
     * relay for the status's reporter ({@code From}), and on the route of the document; the status is
     * recorded under its reporter, judged under this hop's policy for it, and relayed on.
     *
     * @param relayFor the agencies the relaying hub serves the status for: the document's sender for a
     *                 recipient's status, the recipients held here for a take-back request
     */
    public StatusReceipt submit(AgencyCode caller, InputStream body, Optional<Set<AgencyCode>> relayFor) {
        Optional<AgencyCode> upstream = federation.upstream().map(Upstream::code);
        RelayAuthority authority = new RelayAuthority(upstream);
        if (relayFor.isPresent()) {
            // Refused before a byte is read: only a hub account relays.
            authority.requireHub(caller, directory.countServedBy(caller));
        }
        try (SpooledPackage spooled = spooler.spool(body)) {
            // One pass reads the status package and digests it for its signature.
            SignatureScan signatureScan = SignatureScan.firstPass();
            StatusPackage status = readStatus(spooled, signatureScan);
            AgencyCode reporter;
            Optional<AgencyCode> relayedBy;
            if (relayFor.isPresent()) {
                reporter = AgencyCode.tryParse(status.from().organId()).orElseThrow(() -> new InvalidPackageException(
                        "Status/From/OrganId", "is not an agency code", "không phải mã định danh"));
                authority.arrival(caller, directory.countServedBy(caller), reporter,
                        Whereabouts.of(directory.findAgency(reporter).map(Agency::servedBy)));
                relayedBy = Optional.of(caller);
            } else {
                reporter = caller;
                relayedBy = Optional.empty();
                SubmissionService.checkSender(reporter, status.from(), "Status/From/OrganId");
            }
            StatusCode code = StatusCode.of(status.statusCode()).orElseThrow();
            relayFor.ifPresent(named -> checkRelayFor(named, code, status));
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
                            ? registry.recordTakeBackRequest(reporter, status, spooled, verdict, relayedBy)
                            : registry.record(reporter, status, spooled, verdict, relayedBy),
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

    /**
     * A recipient's status going back is served for the document's sender, and must say so; a take-back
     * request going down concerns the document as a whole: whatever recipients it names, it opens the
     * take-back here and goes on to every hub holding recipients of it.
     */
    private static void checkRelayFor(Set<AgencyCode> relayFor, StatusCode code, StatusPackage status) {
        if (code == StatusCode.TAKE_BACK_REQUESTED) {
            return;
        }
        String sender = status.responseFor().organId();
        if (relayFor.size() != 1 || !relayFor.iterator().next().value().equals(sender)) {
            throw InvalidRelayException.header(RelayHeaders.RELAY_FOR, "must name the document's sender " + sender
                    + " alone for a recipient's status", "phải nêu duy nhất đơn vị gửi văn bản " + sender
                    + " đối với trạng thái của đơn vị nhận");
        }
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
