package vn.lienthong.exchange.submission;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.signature.SignatureSettings;
import vn.lienthong.signature.pdf.PdfAttachmentSignatures;
import vn.lienthong.signature.pdf.PdfSignatureVerifier;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies the signatures inside a package's PDF attachments (docs/signatures.md, "Signed PDF
 * attachments"), from the files the edXML reader decoded them to while the package was read
 * ({@link AttachmentFiles}). The results only inform: whatever they say, and even if those files
 * cannot be read, the package is accepted as its own signature verdict decides. Runs outside any
 * transaction, before the document is recorded.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PdfAttachmentSignatureCheck {

    private static final Logger LOG = Logger.getLogger(PdfAttachmentSignatureCheck.class.getName());

    @Inject
    SignatureSettings settings;

    @Inject
    EdxmlLimits limits;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lienthong.spool.dir")
    Optional<String> spoolDir;

    /** The results for a package already read, whose attachments are in {@code files}. */
    public List<PdfAttachmentSignatures> check(DocumentPackage document, AttachmentFiles files) {
        PdfAttachmentScan scan = new PdfAttachmentScan(limits, new PdfSignatureVerifier(settings.paths(), clock), scratch());
        try {
            return scan.scan(document, files);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The PDF attachments could not be checked; the package is accepted without their results", e);
            return List.of();
        }
    }

    /** Where attachments are decoded to while a submission is checked: the spool directory. */
    public Path scratch() {
        return Path.of(spoolDir.filter(d -> !d.isBlank()).orElse(System.getProperty("java.io.tmpdir")));
    }
}
