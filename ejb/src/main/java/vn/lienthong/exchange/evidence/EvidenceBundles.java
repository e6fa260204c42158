package vn.lienthong.exchange.evidence;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.evidence.bundle.BundleVerifier;
import vn.lienthong.evidence.bundle.BundleWriter;
import vn.lienthong.evidence.bundle.ChainProofs;
import vn.lienthong.evidence.bundle.DocumentProof;
import vn.lienthong.exchange.delivery.Delivery;
import vn.lienthong.exchange.delivery.DeliveryRepository;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.PackageLocation;
import vn.lienthong.exchange.document.PackageStore;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.exchange.receipt.Receipts;
import vn.lienthong.exchange.status.StatusReport;
import vn.lienthong.exchange.status.StatusReportRepository;
import vn.lienthong.signature.hubkey.HubSigning;
import vn.lienthong.signature.hubkey.ReceiptSigner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports a document's evidence bundle (docs/evidence.md, "Evidence bundles"): for an administrator,
 * or for the agency that sent the document; anyone else is told the document is not theirs, as the
 * receipts are. The package exactly as received (from the database or the archive store; a purged
 * package is refused, DOCUMENT_PURGED), the acceptance receipt and a delivery receipt per confirmed
 * fetch (made now if the sender never asked for them, as the receipt calls would), the status packages
 * reported on it, and the log's proof up to a signed head. Outside any transaction: the receipts and
 * a head signed on demand commit on their own, and the package streams after this call returns.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceBundles {

    @Inject
    DocumentRepository documents;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    StatusReportRepository statuses;

    @Inject
    PackageStore packages;

    @EJB
    Receipts receipts;

    @EJB
    ChainProofs proofs;

    @EJB
    HubSigning hub;

    public EvidenceBundleView export(Caller caller, HubDocumentId id) {
        Document document = caller.administrator()
                ? documents.find(id).orElseThrow(() -> new UnknownDocumentException(id.value()))
                : documents.sentBy(caller.requireAgency("export evidence bundles", "xuất gói bằng chứng"), id);
        try (InputStream refusesPurged = packages.open(document)) {
            // a purged package is refused here, before the first byte of the ZIP, not half-way through it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<BundleWriter.Part> parts = new ArrayList<>();
        PackageLocation location = document.packageLocation();
        parts.add(new BundleWriter.Part(BundleVerifier.PACKAGE, "application/xml", () -> packages.open(id, location, document.sha256())));
        parts.add(BundleWriter.Part.of("receipts/acceptance.p7s", "application/pkcs7-signature",
                receipts.acceptance(document.sender(), id).cms()));
        for (Delivery delivery : deliveries.ofDocument(id)) {
            if (delivery.state() == DeliveryState.FETCHED && delivery.fetchedAt() != null) {
                parts.add(BundleWriter.Part.of("receipts/delivery-" + delivery.recipient().value() + ".p7s",
                        "application/pkcs7-signature", receipts.delivery(document.sender(), id, delivery.recipient()).cms()));
            }
        }
        List<StatusReport> reported = statuses.ofDocuments(List.of(id));
        for (int i = 0; i < reported.size(); i++) {
            StatusReport status = reported.get(i);
            HubDocumentId statusId = status.id();
            parts.add(new BundleWriter.Part(String.format("statuses/%02d-%s-%s.edxml", i + 1, status.statusCode(), status.reporter().value()),
                    "application/xml", () -> packages.open(statusId, status.sha256())));
        }
        DocumentProof proof = proofs.of(id.value());
        parts.add(BundleWriter.Part.of(BundleVerifier.CHAIN, "text/plain; charset=UTF-8", proof.proof().bytes()));
        parts.add(BundleWriter.Part.of(BundleVerifier.HEAD, "application/pkcs7-signature", proof.headCms()));
        parts.add(BundleWriter.Part.of("README.txt", "text/plain; charset=UTF-8", Readme.of(id)));
        ReceiptSigner signer = hub.signer();
        String certificate = hub.certificatePem();
        return new EvidenceBundleView(id, id.value() + ".asice",
                out -> BundleWriter.write(out, id.value(), List.copyOf(parts), signer, certificate));
    }
}
