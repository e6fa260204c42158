package vn.lienthong.signature.verification;

import vn.lienthong.signature.pdf.PdfAttachmentSignatures;

import java.util.List;
import java.util.Objects;

/**
 * What the hub found about a package's signatures: the verdict on its XML signature and, for
 * information only, the signatures inside its PDF attachments (empty when none is signed).
 */
public record PackageSignatureView(SignatureVerdict verdict, List<PdfAttachmentSignatures> pdfAttachments) {

    public PackageSignatureView {
        Objects.requireNonNull(verdict);
        pdfAttachments = List.copyOf(pdfAttachments);
    }
}
