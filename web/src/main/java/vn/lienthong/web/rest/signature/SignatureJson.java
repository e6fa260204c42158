package vn.lienthong.web.rest.signature;

import vn.lienthong.signature.pdf.PdfAttachmentSignatures;
import vn.lienthong.signature.pdf.PdfSignatureResult;
import vn.lienthong.signature.verification.PackageSignatureView;
import vn.lienthong.signature.verification.SignatureVerdict;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The hub's verdict on a package's signature, as recipients and senders see it: VALID, INVALID,
 * UNSIGNED, INDETERMINATE or HUB_SIGNED, the check at fault (with its refusal code), the reason, and
 * the signer; and, for a document, for information only, the signatures found inside its signed PDF
 * attachments (absent for a status package, which has no attachments).
 */
public record SignatureJson(String verdict, String check, String code, String reason, String reasonVi, SignerJson signer,
                            List<PdfAttachmentJson> attachments) {

    public record SignerJson(String subject, String issuer, String fingerprint, String algorithm) {
    }

    /** A PDF attachment with at least one signature, by its name and position (0-based) in the package. */
    public record PdfAttachmentJson(String name, int index, List<PdfSignatureJson> signatures) {

        static PdfAttachmentJson of(PdfAttachmentSignatures a) {
            return new PdfAttachmentJson(a.attachmentName(), a.index(), a.signatures().stream().map(PdfSignatureJson::of).toList());
        }
    }

    /** One signature inside a PDF: VALID, INVALID or INDETERMINATE, and whether it covers the whole file. */
    public record PdfSignatureJson(String verdict, String signer, Instant signingTime, boolean coversWholeDocument,
                                   String reason, String reasonVi) {

        static PdfSignatureJson of(PdfSignatureResult r) {
            return new PdfSignatureJson(r.outcome().name(), r.signerSubject(), r.signingTime(), r.coversWholeDocument(),
                    r.reasonEn(), r.reasonVi());
        }
    }

    public static SignatureJson of(SignatureVerdict v, List<PdfAttachmentSignatures> pdfAttachments) {
        return build(v, pdfAttachments.stream().map(PdfAttachmentJson::of).toList());
    }

    /** The verdict on a status package: no attachments. Null (absent on the wire) for statuses accepted before they were verified. */
    public static SignatureJson ofStatus(SignatureVerdict v) {
        return v == null ? null : build(v, null);
    }

    private static SignatureJson build(SignatureVerdict v, List<PdfAttachmentJson> attachments) {
        return new SignatureJson(v.outcome().name(), v.check() == null ? null : v.check().name(),
                v.check() == null ? null : v.check().refusalCode(), v.reasonEn(), v.reasonVi(),
                v.signerInfo().map(s -> new SignerJson(s.subject(), s.issuer(), s.fingerprint(), s.algorithm())).orElse(null),
                attachments);
    }

    /** Documents accepted before the hub verified signatures have no verdict: null on the wire. */
    public static SignatureJson of(Optional<PackageSignatureView> found) {
        return found.map(SignatureJson::of).orElse(null);
    }

    /** Null (absent on the wire) for documents accepted before the hub verified signatures. */
    public static SignatureJson of(PackageSignatureView found) {
        return found == null ? null : of(found.verdict(), found.pdfAttachments());
    }
}
