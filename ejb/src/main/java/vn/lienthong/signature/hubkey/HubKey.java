package vn.lienthong.signature.hubkey;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * The hub's own signing key and certificate (khóa ký của trục), with which it signs receipts and
 * directory answers. Loaded from a PKCS12 keystore; {@link #loadOrGenerate} makes a development
 * key with a self-signed certificate when the file does not exist yet.
 */
public record HubKey(PrivateKey privateKey, X509Certificate certificate) {

    public HubKey {
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(certificate);
    }

    public static HubKey load(Path keystore, char[] password, String alias) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        String name = alias;
        if (name == null || name.isBlank() || !store.isKeyEntry(name)) {
            name = java.util.Collections.list(store.aliases()).stream().filter(a -> {
                try {
                    return store.isKeyEntry(a);
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }).findFirst().orElseThrow(() -> new GeneralSecurityException("no private key in " + keystore));
        }
        return new HubKey((PrivateKey) store.getKey(name, password), (X509Certificate) store.getCertificate(name));
    }

    /** Generates an EC P-256 key with a self-signed certificate naming {@code subject} and writes it to {@code keystore}. */
    public static HubKey generate(Path keystore, char[] password, String alias, String subject)
            throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name(subject);
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, pair.getPrivate(), password, new X509Certificate[]{certificate});
            if (keystore.getParent() != null) {
                Files.createDirectories(keystore.getParent());
            }
            try (OutputStream out = Files.newOutputStream(keystore)) {
                store.store(out, password);
            }
            return new HubKey(pair.getPrivate(), certificate);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot self-sign the hub certificate", e);
        }
    }

    /** The JCA signature algorithm for this key. */
    public String signatureAlgorithm() {
        return "EC".equals(privateKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }
}
