package vn.lienthong.exchange.submission;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.signature.verification.SignatureVerdict;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * A CDI event fired inside the transaction that accepts a document, after its row, deliveries and
 * bytes are written: capabilities built on the axis (reporting: a report attachment) act on it in
 * the same transaction, and a refusal they throw refuses the whole package, so nothing is half
 * accepted. The exchange knows nothing of those capabilities.
 *
 * @param recipients the agencies the document is delivered to (after reroutes)
 * @param bytes      the package exactly as stored, readable while the event is handled
 */
public record DocumentAccepted(HubDocumentId documentId, AgencyCode sender, List<AgencyCode> recipients,
                               DocumentPackage document, SignatureVerdict verdict, Supplier<InputStream> bytes) {

    public DocumentAccepted {
        recipients = List.copyOf(recipients);
    }
}
