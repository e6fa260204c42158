package vn.lienthong.client.signature;

import vn.lienthong.client.edxml.EdxmlPackage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.util.Base64;

/**
 * Signs a package with the one shape the hub verifies (docs/signatures.md): a single enveloped
 * XML-DSig signature over the whole package ({@code Reference URI=""}, the enveloped-signature and
 * exclusive canonicalisation transforms), SHA-256, RSA or ECDSA after the key, the signer's
 * certificate chain in {@code KeyInfo/X509Data}, placed at the end of {@code edXMLHeader}.
 *
 * <p>Two streaming passes over the package: the first writes it without a signature into the digest
 * only (the writer's output is its own canonical form, so no parse is needed), the second writes
 * it out with the signature. Attachments are read from their files twice and never held in memory;
 * they must not change between the passes.
 */
public final class PackageSigner {

    private final SigningKey key;

    public PackageSigner(SigningKey key) {
        this.key = key;
    }

    public void sign(EdxmlPackage pkg, OutputStream out) throws IOException, GeneralSecurityException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(OutputStream.nullOutputStream(), 1 << 16), sha256)) {
            pkg.writeRoot(digest, null);
        }
        String signedInfo = signedInfo(Base64.getEncoder().encodeToString(sha256.digest()));
        // SignedInfo is canonicalised as the apex of its own subtree: the namespace it uses is declared on it.
        byte[] canonical = ("<SignedInfo xmlns=\"" + XmlDsig.NS + "\">" + signedInfo + "</SignedInfo>").getBytes(StandardCharsets.UTF_8);
        String value = Base64.getEncoder().encodeToString(signatureValue(canonical));
        StringBuilder signature = new StringBuilder(4096)
                .append("<Signature xmlns=\"").append(XmlDsig.NS).append("\"><SignedInfo>").append(signedInfo)
                .append("</SignedInfo><SignatureValue>").append(value).append("</SignatureValue><KeyInfo><X509Data>");
        for (X509Certificate c : key.chain()) {
            signature.append("<X509Certificate>").append(encoded(c)).append("</X509Certificate>");
        }
        signature.append("</X509Data></KeyInfo></Signature>");
        out.write(EdxmlPackage.DECLARATION);
        pkg.writeRoot(out, signature.toString());
        out.flush();
    }

    /** Signs into {@code file}, streamed through a buffer. */
    public void sign(EdxmlPackage pkg, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            sign(pkg, out);
        }
    }

    private boolean ec() {
        return "EC".equals(key.certificate().getPublicKey().getAlgorithm());
    }

    private String signedInfo(String digest) {
        return "<CanonicalizationMethod Algorithm=\"" + XmlDsig.EXC_C14N + "\"></CanonicalizationMethod>"
                + "<SignatureMethod Algorithm=\"" + (ec() ? XmlDsig.ECDSA_SHA256 : XmlDsig.RSA_SHA256) + "\"></SignatureMethod>"
                + "<Reference URI=\"\"><Transforms>"
                + "<Transform Algorithm=\"" + XmlDsig.ENVELOPED + "\"></Transform>"
                + "<Transform Algorithm=\"" + XmlDsig.EXC_C14N + "\"></Transform>"
                + "</Transforms><DigestMethod Algorithm=\"" + XmlDsig.SHA256 + "\"></DigestMethod>"
                + "<DigestValue>" + digest + "</DigestValue></Reference>";
    }

    private byte[] signatureValue(byte[] signedInfo) throws GeneralSecurityException {
        String algorithm = ec() ? "SHA256withECDSA" : "SHA256withRSA";
        Signature signer = key.provider() == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, key.provider());
        signer.initSign(key.privateKey());
        signer.update(signedInfo);
        byte[] value = signer.sign();
        return ec() ? XmlDsig.derToConcatenated(value, (ECKey) key.certificate().getPublicKey()) : value;
    }

    private static String encoded(X509Certificate c) throws CertificateEncodingException {
        return Base64.getEncoder().encodeToString(c.getEncoded());
    }
}
