package vn.lienthong.signature.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Calendar;

/**
 * PDFs made in test code with PDFBox: unsigned, or signed by a {@link TestPki} entry with a detached
 * CMS signature (adbe.pkcs7.detached) that BouncyCastle builds, as signing software of the agencies does.
 */
public final class SignedPdfs {

    /** The document title, a fixed-length text inside the signed bytes that tests may alter. */
    public static final String TITLE = "Cong van so 1/VPCP";

    private SignedPdfs() {
    }

    public static byte[] unsigned() throws IOException {
        try (PDDocument document = document()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // Uncompressed, so that the title is plain text in the file that tests can alter.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    public static byte[] signedBy(TestPki.Entry signer) throws IOException {
        try (PDDocument document = Loader.loadPDF(unsigned())) {
            return sign(document, signer);
        }
    }

    /** Signs an existing PDF once more (or for the first time) with an incremental update. */
    public static byte[] sign(PDDocument document, TestPki.Entry signer) throws IOException {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
        signature.setName(signer.certificate().getSubjectX500Principal().getName());
        signature.setSignDate(Calendar.getInstance());
        document.addSignature(signature, content -> cms(content, signer));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.saveIncremental(out);
        return out.toByteArray();
    }

    /** The signed PDF with an incremental update appended after the signature: a changed title. */
    public static byte[] changedAfterSigning(byte[] signed) throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            document.getDocumentInformation().setTitle("Changed afterwards");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static PDDocument document() {
        PDDocument document = new PDDocument();
        document.addPage(new PDPage());
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(TITLE);
        document.setDocumentInformation(info);
        return document;
    }

    private static byte[] cms(InputStream content, TestPki.Entry signer) throws IOException {
        try {
            String algorithm = signer.key().getAlgorithm().startsWith("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(algorithm).build(signer.key()), signer.certificate()));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IOException(e);
        }
    }
}
