package vn.lienthong.client.signature;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Checks what the hub signs with its key, offline, against the hub certificate the agency pinned
 * ({@code GET /hub/certificate}, from a trusted channel): acceptance and delivery receipts (CMS
 * SignedData carrying JSON) and the detached signatures of directory answers
 * ({@code Lienthong-Signature}). Any failure is a {@link VerificationException}.
 */
public final class HubSignatures {

    private final X509Certificate hub;

    public HubSignatures(X509Certificate hub) {
        this.hub = hub;
    }

    /** A verified receipt: what the hub signed, and whether an RFC 3161 timestamp is inside. */
    public record Receipt(JsonObject content, boolean timestamped) {

        public String documentId() {
            return content.getString("documentId", null);
        }

        public String packageSha256() {
            return content.getString("packageSha256", null);
        }
    }

    /** A receipt ({@code GET /receipts/{id}}, DER, or the base64 {@code receipt} field of the submit answer). */
    public Receipt receipt(byte[] receipt) throws VerificationException {
        byte[] der = isBase64(receipt) ? Base64.getMimeDecoder().decode(receipt) : receipt;
        try {
            CMSSignedData signed = new CMSSignedData(der);
            SignerInformation signer = onlySigner(signed);
            byte[] content = (byte[]) signed.getSignedContent().getContent();
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(content))) {
                return new Receipt(reader.readObject(), signer.getUnsignedAttributes() != null
                        && signer.getUnsignedAttributes().get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null);
            }
        } catch (CMSException | RuntimeException e) {
            throw new VerificationException("The receipt is not a CMS signature the hub made: " + e.getMessage(), e);
        }
    }

    /** A receipt, and that it is about exactly the bytes of {@code pkg} (its {@code packageSha256}). */
    public Receipt receipt(byte[] receipt, Path pkg) throws VerificationException, IOException {
        Receipt r = receipt(receipt);
        String actual = sha256(pkg);
        if (!actual.equalsIgnoreCase(r.packageSha256())) {
            throw new VerificationException("The receipt is about a package with SHA-256 " + r.packageSha256()
                    + ", not " + pkg + " (" + actual + ")", null);
        }
        return r;
    }

    /** A directory answer's body and its {@code Lienthong-Signature} header (base64 detached CMS). */
    public void detached(byte[] body, String signatureHeader) throws VerificationException {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new VerificationException("The answer carries no Lienthong-Signature header", null);
        }
        try {
            onlySigner(new CMSSignedData(new CMSProcessableByteArray(body), Base64.getMimeDecoder().decode(signatureHeader.strip())));
        } catch (CMSException | RuntimeException e) {
            throw new VerificationException("The answer's signature cannot be read: " + e.getMessage(), e);
        }
    }

    private SignerInformation onlySigner(CMSSignedData signed) throws VerificationException {
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new VerificationException("Expected one signer, found " + signers.size(), null);
        }
        SignerInformation signer = signers.iterator().next();
        try {
            if (!signer.getSID().match(new X509CertificateHolder(hub.getEncoded()))) {
                throw new VerificationException("Not signed by the hub certificate " + hub.getSubjectX500Principal(), null);
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(hub))) {
                throw new VerificationException("The signature does not match the signed content", null);
            }
        } catch (CMSException e) {
            throw new VerificationException("The signature does not match the signed content: " + e.getMessage(), e);
        } catch (OperatorCreationException | CertificateEncodingException | IOException e) {
            throw new VerificationException("The hub certificate cannot be used: " + e.getMessage(), e);
        }
        return signer;
    }

    /** A PEM (or DER) certificate, as {@code GET /hub/certificate} answers. */
    public static X509Certificate certificate(byte[] pemOrDer) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pemOrDer));
    }

    public static X509Certificate certificate(Path file) throws IOException, CertificateException {
        return certificate(Files.readAllBytes(file));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBase64(byte[] bytes) {
        // DER starts with a SEQUENCE tag (0x30); base64 text is printable ASCII.
        return bytes.length > 0 && bytes[0] != 0x30 && new String(bytes, StandardCharsets.US_ASCII).strip().matches("[A-Za-z0-9+/=\\s]+");
    }
}
