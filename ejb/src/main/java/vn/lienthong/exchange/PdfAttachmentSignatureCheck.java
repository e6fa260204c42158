package vn.lienthong.exchange;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.signature.PackageVerifier;
import vn.lienthong.signature.PdfAttachmentSignatures;
import vn.lienthong.signature.PdfSignatureVerifier;
import vn.lienthong.signature.SignatureSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies the signatures inside a package's PDF attachments (docs/signatures.md, "Signed PDF
 * attachments"). The results only inform: whatever they say, and even if the attachments cannot be
 * read again, the package is accepted as its own signature verdict decides. Runs outside any
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

    public List<PdfAttachmentSignatures> check(PackageVerifier.PackageBytes bytes) {
        Path scratch = Path.of(spoolDir.filter(d -> !d.isBlank()).orElse(System.getProperty("java.io.tmpdir")));
        PdfAttachmentScan scan = new PdfAttachmentScan(limits, new PdfSignatureVerifier(settings.paths(), clock), scratch);
        try (InputStream in = bytes.open()) {
            return scan.scan(in);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The PDF attachments could not be checked; the package is accepted without their results", e);
            return List.of();
        }
    }
}
