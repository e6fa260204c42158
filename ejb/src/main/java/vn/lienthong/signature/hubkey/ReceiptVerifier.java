package vn.lienthong.signature.hubkey;

import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

import vn.lienthong.platform.crypto.CmsSignatures;
import vn.lienthong.platform.crypto.Sha256;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks, offline, that a receipt (or a detached directory signature) was signed by the hub whose
 * certificate the caller holds. Command line (docs/signatures.md):
 * <pre>
 * java -cp lienthong-ejb.jar:bcprov-jdk18on.jar:bcpkix-jdk18on.jar:bcutil-jdk18on.jar \
 *      vn.lienthong.signature.hubkey.ReceiptVerifier receipt.p7s hub.pem [detached-content]
 * </pre>
 * prints the receipt's content and, when present, the time the TSA vouched for; exits 1 when the
 * signature does not verify with {@code hub.pem}.
 */
public final class ReceiptVerifier {

    /** A verified receipt: its content and the TSA's time, when it carries a token. */
    public record Verified(byte[] content, Optional<Instant> timestamp) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private ReceiptVerifier() {
    }

    /** Verifies an encapsulated receipt; {@code detached} is the signed content when the signature is detached. */
    public static Verified verify(byte[] cms, X509Certificate hub, byte[] detached) throws ReceiptInvalid {
        try {
            CmsSignatures.Verified verified = CmsSignatures.verify(cms, hub, detached);
            return new Verified(verified.content(), timestamp(verified.signer()));
        } catch (CmsSignatures.InvalidCmsSignatureException e) {
            throw new ReceiptInvalid(e.getMessage());
        }
    }

    private static Optional<Instant> timestamp(SignerInformation signer) throws ReceiptInvalid {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        if (unsigned == null || unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) == null) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                    .getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            byte[] imprint = Sha256.digest(signer.getSignature());
            if (!Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                throw new ReceiptInvalid("the timestamp token is not over this receipt's signature");
            }
            @SuppressWarnings("unchecked")
            X509CertificateHolder tsaCertificate = ((java.util.Collection<X509CertificateHolder>) token.getCertificates()
                    .getMatches(token.getSID())).stream().findFirst()
                    .orElseThrow(() -> new ReceiptInvalid("the timestamp token carries no TSA certificate"));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate));
            return Optional.of(token.getTimeStampInfo().getGenTime().toInstant());
        } catch (IOException | CMSException | TSPException | OperatorCreationException | CertificateException e) {
            throw new ReceiptInvalid("unusable timestamp token: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws IOException, CertificateException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ReceiptVerifier <receipt.p7s|signature> <hub.pem> [detached-content]");
            System.exit(2);
        }
        byte[] cms = readDerOrBase64(Path.of(args[0]));
        X509Certificate hub = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[1]))));
        byte[] detached = args.length == 3 ? Files.readAllBytes(Path.of(args[2])) : null;
        try {
            Verified verified = verify(cms, hub, detached);
            System.out.println("VALID: signed by " + hub.getSubjectX500Principal().getName());
            verified.timestamp().ifPresent(t -> System.out.println("Timestamped (RFC 3161) at " + t));
            if (detached == null) {
                System.out.println(verified.text());
            }
        } catch (ReceiptInvalid e) {
            System.out.println("INVALID: " + e.getMessage());
            System.exit(1);
        }
    }

    /** DER as the hub serves it, or the base64 text found in JSON answers and headers. */
    static byte[] readDerOrBase64(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 0 && bytes[0] == 0x30) {
            return bytes;
        }
        return java.util.Base64.getMimeDecoder().decode(new String(bytes, StandardCharsets.US_ASCII).strip());
    }

    /** The receipt is not what the hub signed, or not signed by this hub. */
    public static final class ReceiptInvalid extends Exception {
        public ReceiptInvalid(String message) {
            super(message);
        }
    }
}
