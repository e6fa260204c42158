package vn.lienthong.signature.pdf;

import java.util.List;
import java.util.Objects;

/** The signatures found in one PDF attachment of a package, by the attachment's position and name. */
public record PdfAttachmentSignatures(int index, String attachmentName, List<PdfSignatureResult> signatures) {

    public PdfAttachmentSignatures {
        if (index < 0) {
            throw new IllegalArgumentException("attachment index " + index);
        }
        Objects.requireNonNull(attachmentName);
        signatures = List.copyOf(signatures);
    }
}
