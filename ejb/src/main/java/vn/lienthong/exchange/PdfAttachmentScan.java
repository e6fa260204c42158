package vn.lienthong.exchange;

import vn.lienthong.exchange.edxml.AttachmentInfo;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.signature.PdfAttachmentSignatures;
import vn.lienthong.signature.PdfSignatureVerifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a package's attachments into files of a scratch directory (the reader decodes them as it
 * streams, so no attachment is held whole in memory) and has the signatures of each PDF among them
 * verified. The files are deleted before it returns.
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
        Path dir = Files.createTempDirectory(Files.createDirectories(scratch), "pdf-attachments-");
        try {
            EdxmlPackage read = new EdxmlReader(limits).read(pkg, index -> Files.newOutputStream(dir.resolve(index + ".bin")));
            if (!(read instanceof DocumentPackage document)) {
                return List.of();
            }
            List<PdfAttachmentSignatures> found = new ArrayList<>();
            for (int i = 0; i < document.attachments().size(); i++) {
                AttachmentInfo attachment = document.attachments().get(i);
                Path file = dir.resolve(i + ".bin");
                if (Files.exists(file) && PdfSignatureVerifier.isPdf(attachment.contentType(), file)) {
                    String name = attachment.attachmentName() != null ? attachment.attachmentName() : attachment.contentId();
                    found.add(new PdfAttachmentSignatures(i, name == null ? "attachment-" + (i + 1) : name, verifier.verify(file)));
                }
            }
            return found;
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException | UncheckedIOException ignored) {
            // scratch copies of attachments the package store keeps anyway; nothing is lost
        }
    }
}
