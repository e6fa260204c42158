package vn.lienthong.bench;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The floor's third stage: the hub's signed receipt for one document, a CMS SignedData (RSA-SHA256,
 * BouncyCastle) over a short statement that names the document and the SHA-256 of its bytes,
 * with the hub's certificate attached. Hashing the package is part of the cost.
 */
final class ReceiptSigner {

    private final TestSigningKey hubKey;

    ReceiptSigner(TestSigningKey hubKey) {
        this.hubKey = hubKey;
    }

    byte[] sign(String documentId, byte[] packageBytes, String receivedAt) {
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(packageBytes));
            byte[] statement = ("LienThong receipt\ndocument=" + documentId + "\nsha256=" + digest + "\nreceivedAt=" + receivedAt)
                    .getBytes(StandardCharsets.UTF_8);
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(hubKey.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(signer, hubKey.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(hubKey.certificate())));
            return generator.generate(new CMSProcessableByteArray(statement), true).getEncoded();
        } catch (NoSuchAlgorithmException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("Cannot sign the receipt", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use the hub's certificate", e);
        }
    }
}
