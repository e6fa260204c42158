package vn.lienthong.signature.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import vn.lienthong.signature.trust.CertificatePathValidator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Verifies the signatures inside a PDF file (chữ ký số trên tệp PDF): for each signature dictionary,
 * the CMS signature (adbe.pkcs7.detached or ETSI.CAdES.detached) over the bytes its ByteRange names,
 * the signer's certificate path up to the hub's trust anchors (the same {@link CertificatePathValidator}
 * as package signatures), and whether the ByteRange reaches the end of the file. The file is read from
 * disk, the signed ranges streamed, so a large attachment is never held whole in memory.
 *
 * <p>Never throws for a bad PDF: a file PDFBox cannot read gives one INDETERMINATE result, since these
 * results only inform the recipient and must never refuse the package they came in.
 */
public final class PdfSignatureVerifier {

    private static final Set<String> DETACHED_CMS = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");

    private final CertificatePathValidator paths;
    private final Clock clock;

    public PdfSignatureVerifier(CertificatePathValidator paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
    }

    /** The results of the file's signatures, in the document's order; empty for an unsigned PDF. */
    public List<PdfSignatureResult> verify(Path pdf) {
        List<PdfSignatureResult> results = new ArrayList<>();
        try {
            // Most attachments carry no signature. Every signature dictionary holds a literal /ByteRange
            // outside any compressed object stream (its offsets name raw bytes of the file), so a file
            // without that token has no signature to report, and PDFBox, which falls back to scanning
            // the whole file byte by byte for objects when the cross-reference table is damaged or
            // absent, is not started for it.
            if (!PdfFiles.containsToken(pdf, PdfFiles.BYTE_RANGE)) {
                return results;
            }
        } catch (IOException e) {
            return List.of(unreadable(e));
        }
        // PDFBox's scratch buffers go to temporary files, so a hostile PDF cannot fill the heap through them.
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()),
                IOUtils.createTempFileOnlyStreamCache())) {
            long length = Files.size(pdf);
            for (PDSignature signature : document.getSignatureDictionaries()) {
                results.add(verifyOne(signature, pdf, length));
            }
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged files as IOExceptions and, for some, runtime exceptions.
            return List.of(unreadable(e));
        }
        return results;
    }

    private static PdfSignatureResult unreadable(Exception e) {
        return new PdfSignatureResult(null, null, PdfSignatureResult.Outcome.INDETERMINATE,
                "The attachment could not be read as a PDF: " + e.getMessage(),
                "Không đọc được tệp đính kèm dưới dạng PDF: " + e.getMessage(), false);
    }

    private PdfSignatureResult verifyOne(PDSignature signature, Path pdf, long length) {
        Instant claimedTime = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        String subFilter = signature.getSubFilter();
        if (subFilter == null || !DETACHED_CMS.contains(subFilter)) {
            return indeterminate(null, claimedTime, false, "Unsupported signature format (SubFilter " + subFilter + ")",
                    "Định dạng chữ ký không được hỗ trợ (SubFilter " + subFilter + ")");
        }
        int[] range = signature.getByteRange();
        if (!wellFormed(range, length)) {
            return invalid(null, claimedTime, false, "The signature's ByteRange does not describe the file",
                    "Vùng dữ liệu được ký (ByteRange) không khớp với tệp");
        }
        boolean whole = (long) range[2] + range[3] == length;
        byte[] contents;
        try {
            contents = signature.getContents();
        } catch (RuntimeException e) {
            contents = null;
        }
        if (contents == null || contents.length == 0) {
            return invalid(null, claimedTime, whole, "The signature dictionary holds no signature value",
                    "Từ điển chữ ký không chứa giá trị chữ ký");
        }
        CMSSignedData cms;
        SignerInformation signer;
        try {
            cms = new CMSSignedData(new ByteRangeContent(pdf, range), contentInfo(contents));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return invalid(null, claimedTime, whole, "The signature holds " + signers.size() + " signers instead of one",
                        "Chữ ký chứa " + signers.size() + " người ký thay vì một");
            }
            signer = signers.iterator().next();
        } catch (CMSException | IOException | RuntimeException e) {
            return invalid(null, claimedTime, whole, "The signature value is not a CMS signature: " + e.getMessage(),
                    "Giá trị chữ ký không phải chữ ký CMS: " + e.getMessage());
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matching = cms.getCertificates().getMatches(signer.getSID());
        if (matching.isEmpty()) {
            return indeterminate(null, claimedTime, whole, "The signature does not carry its signer's certificate",
                    "Chữ ký không kèm chứng thư số của người ký");
        }
        X509Certificate certificate;
        List<X509Certificate> carried = new ArrayList<>();
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            certificate = converter.getCertificate(matching.iterator().next());
            carried.add(certificate);
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
            for (X509CertificateHolder h : all) {
                X509Certificate c = converter.getCertificate(h);
                if (!c.equals(certificate)) {
                    carried.add(c);
                }
            }
        } catch (CertificateException e) {
            return indeterminate(null, claimedTime, whole, "The signer's certificate cannot be read: " + e.getMessage(),
                    "Không đọc được chứng thư số của người ký: " + e.getMessage());
        }
        String subject = certificate.getSubjectX500Principal().getName();
        Instant signingTime = signingTime(signer).orElse(claimedTime);
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return invalid(subject, signingTime, whole, "The signature does not match the signed bytes of the PDF",
                        "Chữ ký không khớp với nội dung đã ký của tệp PDF");
            }
        } catch (CMSVerifierCertificateNotValidException e) {
            return invalid(subject, signingTime, whole,
                    "The signing certificate was not valid when the signature says it was made (expired or not yet valid)",
                    "Chứng thư số của người ký không có hiệu lực tại thời điểm ký (đã hết hạn hoặc chưa có hiệu lực)");
        } catch (CMSException e) {
            // BouncyCastle reports a message-digest mismatch, i.e. content changed inside the ByteRange, this way.
            return invalid(subject, signingTime, whole, "The signature does not match the signed bytes of the PDF: " + e.getMessage(),
                    "Chữ ký không khớp với nội dung đã ký của tệp PDF: " + e.getMessage());
        } catch (OperatorCreationException | RuntimeException e) {
            return indeterminate(subject, signingTime, whole, "The signature cannot be checked: " + e.getMessage(),
                    "Không kiểm tra được chữ ký: " + e.getMessage());
        }
        try {
            paths.validate(carried, clock.instant());
        } catch (CertificatePathValidator.PathRefused e) {
            return invalid(subject, signingTime, whole, e.verdict().reasonEn(), e.verdict().reasonVi());
        }
        return PdfSignatureResult.valid(subject, signingTime, whole);
    }

    /**
     * The CMS structure at the start of /Contents: the hex string is reserved larger than the
     * signature and padded with zeros, which BouncyCastle refuses as data after the object.
     */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                throw new IOException("empty signature value");
            }
            return ContentInfo.getInstance(first);
        }
    }

    private static java.util.Optional<Instant> signingTime(SignerInformation signer) {
        if (signer.getSignedAttributes() == null) {
            return java.util.Optional.empty();
        }
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Two ranges, the first from the file's start, the second after the first, both inside the file. */
    private static boolean wellFormed(int[] range, long length) {
        return range != null && range.length == 4 && range[0] == 0 && range[1] > 0 && range[3] >= 0
                && range[2] >= range[1] && (long) range[2] + range[3] <= length;
    }

    private static PdfSignatureResult invalid(String subject, Instant time, boolean whole, String en, String vi) {
        return new PdfSignatureResult(subject, time, PdfSignatureResult.Outcome.INVALID, en, vi, whole);
    }

    private static PdfSignatureResult indeterminate(String subject, Instant time, boolean whole, String en, String vi) {
        return new PdfSignatureResult(subject, time, PdfSignatureResult.Outcome.INDETERMINATE, en, vi, whole);
    }
}
