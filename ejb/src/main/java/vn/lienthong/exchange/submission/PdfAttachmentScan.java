package vn.lienthong.exchange.submission;

import vn.lienthong.exchange.edxml.AttachmentInfo;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.signature.pdf.PdfAttachmentSignatures;
import vn.lienthong.signature.pdf.PdfFiles;
import vn.lienthong.signature.pdf.PdfSignatureVerifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Has the signatures of each PDF attachment of a package verified, from the attachments' decoded
 * files (see {@link AttachmentFiles}; the reader decodes them as it streams, so no attachment is held
 * whole in memory).
 */
public final class PdfAttachmentScan {

    private final EdxmlLimits limits;
    private final PdfSignatureVerifier verifier;
    private final Path scratch;

    public PdfAttachmentScan(EdxmlLimits limits, PdfSignatureVerifier verifier, Path scratch) {
        this.limits = limits;
        this.verifier = verifier;
        this.scratch = scratch;
    }

    /** One entry per PDF attachment, in package order; attachments that are not PDFs are left out. */
    public List<PdfAttachmentSignatures> scan(InputStream pkg) throws IOException {
        try (AttachmentFiles files = AttachmentFiles.under(scratch)) {
            EdxmlPackage read = new EdxmlReader(limits).read(pkg, files);
            if (!(read instanceof DocumentPackage document)) {
                return List.of();
            }
            return scan(document, files);
        }
    }

    /** The same, for a package already read with its attachments written to {@code files}. */
    public List<PdfAttachmentSignatures> scan(DocumentPackage document, AttachmentFiles files) throws IOException {
        List<PdfAttachmentSignatures> found = new ArrayList<>();
        for (int i = 0; i < document.attachments().size(); i++) {
            AttachmentInfo attachment = document.attachments().get(i);
            Path file = files.file(i);
            if (Files.exists(file) && PdfFiles.isPdf(attachment.contentType(), file)) {
                String name = attachment.attachmentName() != null ? attachment.attachmentName() : attachment.contentId();
                found.add(new PdfAttachmentSignatures(i, name == null ? "attachment-" + (i + 1) : name, verifier.verify(file)));
            }
        }
        return found;
    }
}
