package vn.lienthong.signature.pdf;

import java.time.Instant;
import java.util.Objects;

/**
 * One signature found inside a PDF attachment (chữ ký số trong tệp PDF đính kèm), as the hub judged
 * it: who signed (when the certificate could be read), when the signature says it was made, the
 * outcome with its reason in English and Vietnamese, and whether the signed byte ranges reach the
 * end of the file, that is, whether anything was added to the PDF after this signature.
 */
public record PdfSignatureResult(String signerSubject, Instant signingTime, Outcome outcome, String reasonEn,
                                 String reasonVi, boolean coversWholeDocument) {

    /** The outcome of one PDF signature; informational, it never refuses the package. */
    public enum Outcome { VALID, INVALID, INDETERMINATE }

    public PdfSignatureResult {
        Objects.requireNonNull(outcome);
        if ((outcome == Outcome.VALID) != (reasonEn == null)) {
            throw new IllegalArgumentException(outcome + " PDF signatures " + (outcome == Outcome.VALID ? "have no" : "need a") + " reason");
        }
        if ((reasonEn == null) != (reasonVi == null)) {
            throw new IllegalArgumentException("a reason is given in both English and Vietnamese");
        }
    }

    static PdfSignatureResult valid(String signer, Instant signingTime, boolean coversWholeDocument) {
        return new PdfSignatureResult(Objects.requireNonNull(signer), signingTime, Outcome.VALID, null, null, coversWholeDocument);
    }
}
