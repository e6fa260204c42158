package vn.lienthong.signature.testing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The test certificate authority of the signature tests, made with BouncyCastle: a root, an
 * intermediate, and signing certificates for agencies (RSA and EC), one expired, one revoked by
 * OCSP, one revoked by CRL, one whose OCSP responder is down, one of another agency, and a
 * signer under a root nobody trusts; plus a TSA certificate. Revocation pointers name
 * {@code http://127.0.0.1:<responderPort>} ({@link TrustServices}) or, for "ocsp-down", a port
 * where nothing listens.
 *
 * <p>Three more CAs under the root issue certificates that name no revocation source at all (no
 * CRL distribution point, no Authority Information Access), as in a network cut off from the CAs'
 * own services; only what the operator configures can tell their status
 * (docs/signatures.md, "Revocation sources"):
 * <ul>
 *   <li>{@value #OFFLINE_CA}: "offline-good" and "offline-revoked", told by a CRL <em>file</em>
 *       ({@code crls/offline-ca.crl}, written by {@link #save});</li>
 *   <li>{@value #OVERRIDE_CA}: "override-good" and "override-revoked", told by an OCSP responder
 *       the operator names for that CA ({@code /ocsp} of {@link TrustServices});</li>
 *   <li>{@value #REFRESH_CA}: "refresh-signer", told by a CRL at a URL the operator names for that
 *       CA ({@code /refresh-ca.crl}), short-lived so that a test sees it refreshed.</li>
 * </ul>
 * The root's own CRL is written to {@code crls/root.crl} too, so that these chains need no network.
 *
 * <p>Run as a program ({@code TestPki <dir> <responderPort> <deadPort> <senderCode> <otherCode>}) it
 * writes {@code pki.p12} (every key, password {@value #PASSWORD}), {@code truststore.pem} (the
 * root) for a server to trust, {@code crls/} (CRL files for a server's CRL directory) and
 * {@code hub.p12}, a hub key several servers can share.
 */
public final class TestPki {

    public static final String PASSWORD = "lienthong-it-only";
    public static final List<String> SIGNERS = List.of("rsa-signer", "ec-signer", "expired", "revoked-ocsp", "revoked-crl",
            "ocsp-down", "other-agency", "untrusted-signer", "offline-good", "offline-revoked", "override-good", "override-revoked",
            "refresh-signer");
    /** The certificate authorities that issue signers, each under the root (but "untrusted-root"). */
    public static final List<String> ISSUERS = List.of("intermediate", "root", "untrusted-root", "offline-ca", "override-ca", "refresh-ca");
    /** Common names of the CAs whose certificates carry no revocation pointer (the operator's configuration names them). */
    public static final String OFFLINE_CA = "LienThong Test Offline CA";
    public static final String OVERRIDE_CA = "LienThong Test OCSP Override CA";
    public static final String REFRESH_CA = "LienThong Test CRL URL CA";
    /** Revoked from the start, in every CRL and OCSP answer of their issuer. */
    public static final List<String> REVOKED = List.of("revoked-ocsp", "revoked-crl", "offline-revoked", "override-revoked");

    public record Entry(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
    }

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private final Map<String, Entry> entries;

    private TestPki(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public Entry get(String alias) {
        Entry e = entries.get(alias);
        if (e == null) {
            throw new IllegalArgumentException("no " + alias + " in the test PKI");
        }
        return e;
    }

    /** A fresh PKI; agency signers carry OU=&lt;agency code&gt; in their subject. */
    public static TestPki create(int responderPort, int deadPort, String senderCode, String otherCode)
            throws GeneralSecurityException, IOException {
        String base = "http://127.0.0.1:" + responderPort;
        Map<String, Entry> e = new LinkedHashMap<>();
        Instant now = Instant.now();
        KeyPair rootKeys = rsa();
        X509Certificate root = certificate("CN=LienThong Test Root CA, O=LienThong IT, C=VN", rootKeys, null, null, now, 3650, true,
                null, null, null);
        e.put("root", new Entry(rootKeys.getPrivate(), root, List.of(root)));
        KeyPair intermediateKeys = rsa();
        X509Certificate intermediate = certificate("CN=LienThong Test Signing CA, O=LienThong IT, C=VN", intermediateKeys,
                root, rootKeys.getPrivate(), now, 1825, true, null, base + "/root.crl", null);
        e.put("intermediate", new Entry(intermediateKeys.getPrivate(), intermediate, List.of(intermediate, root)));
        KeyPair tsaKeys = rsa();
        X509Certificate tsa = certificate("CN=LienThong Test TSA, O=LienThong IT, C=VN", tsaKeys, root, rootKeys.getPrivate(), now, 365,
                false, null, null, KeyPurposeId.id_kp_timeStamping);
        e.put("tsa", new Entry(tsaKeys.getPrivate(), tsa, List.of(tsa, root)));

        signer(e, "rsa-signer", rsa(), "Nguyễn Văn An", senderCode, intermediate, intermediateKeys, now, 365, base + "/ocsp", base + "/intermediate.crl");
        signer(e, "ec-signer", ec(), "Trần Thị Bình", senderCode, intermediate, intermediateKeys, now, 365, base + "/ocsp", base + "/intermediate.crl");
        signer(e, "expired", rsa(), "Lê Văn Cũ", senderCode, intermediate, intermediateKeys, now.minus(Duration.ofDays(60)), 30,
                base + "/ocsp", base + "/intermediate.crl");
        signer(e, "revoked-ocsp", rsa(), "Phạm Văn Thu Hồi", senderCode, intermediate, intermediateKeys, now, 365, base + "/ocsp", null);
        signer(e, "revoked-crl", rsa(), "Hoàng Thị Thu Hồi", senderCode, intermediate, intermediateKeys, now, 365, null, base + "/intermediate.crl");
        signer(e, "ocsp-down", rsa(), "Vũ Văn Mất Kết Nối", senderCode, intermediate, intermediateKeys, now, 365,
                "http://127.0.0.1:" + deadPort + "/ocsp", null);
        signer(e, "other-agency", rsa(), "Đỗ Văn Khác", otherCode, intermediate, intermediateKeys, now, 365, base + "/ocsp", base + "/intermediate.crl");
        KeyPair strangerKeys = rsa();
        X509Certificate stranger = certificate("CN=Untrusted Root, O=Nobody, C=VN", strangerKeys, null, null, now, 365, true, null, null, null);
        e.put("untrusted-root", new Entry(strangerKeys.getPrivate(), stranger, List.of(stranger)));
        KeyPair untrustedKeys = rsa();
        X509Certificate untrusted = certificate("CN=Ngô Văn Lạ, OU=" + senderCode + ", O=Nobody, C=VN", untrustedKeys, stranger,
                strangerKeys.getPrivate(), now, 365, false, base + "/ocsp", null, null);
        e.put("untrusted-signer", new Entry(untrustedKeys.getPrivate(), untrusted, List.of(untrusted, stranger)));

        // CAs and signers whose certificates name no revocation source (no CRLDP, no AIA).
        X509Certificate offline = offlineCa(e, "offline-ca", OFFLINE_CA, root, rootKeys, now);
        signer(e, "offline-good", rsa(), "Lý Văn Ngoại Tuyến", senderCode, offline, keysOf(e, "offline-ca"), now, 365, null, null);
        signer(e, "offline-revoked", rsa(), "Lý Thị Đã Thu Hồi", senderCode, offline, keysOf(e, "offline-ca"), now, 365, null, null);
        X509Certificate override = offlineCa(e, "override-ca", OVERRIDE_CA, root, rootKeys, now);
        signer(e, "override-good", rsa(), "Mai Văn Trả Lời", senderCode, override, keysOf(e, "override-ca"), now, 365, null, null);
        signer(e, "override-revoked", rsa(), "Mai Thị Thu Hồi", senderCode, override, keysOf(e, "override-ca"), now, 365, null, null);
        X509Certificate refresh = offlineCa(e, "refresh-ca", REFRESH_CA, root, rootKeys, now);
        signer(e, "refresh-signer", rsa(), "Tô Văn Làm Mới", senderCode, refresh, keysOf(e, "refresh-ca"), now, 365, null, null);
        return new TestPki(e);
    }

    private static X509Certificate offlineCa(Map<String, Entry> e, String alias, String commonName, X509Certificate root,
                                             KeyPair rootKeys, Instant now) throws GeneralSecurityException, IOException {
        KeyPair keys = rsa();
        X509Certificate ca = certificate("CN=" + commonName + ", O=LienThong IT, C=VN", keys, root, rootKeys.getPrivate(), now, 1825,
                true, null, null, null);
        e.put(alias, new Entry(keys.getPrivate(), ca, List.of(ca, root)));
        return ca;
    }

    private static KeyPair keysOf(Map<String, Entry> e, String alias) {
        return new KeyPair(e.get(alias).certificate().getPublicKey(), e.get(alias).key());
    }

    /**
     * A fresh RSA signing certificate for any agency under the intermediate (subject OU = its code),
     * checked by the intermediate's CRL on the responder port: for tests that need many agencies'
     * signers, like the benchmark's smoke run.
     */
    public Entry issueSigner(String name, String agencyCode, int responderPort) {
        try {
            Entry intermediate = get("intermediate");
            Map<String, Entry> issued = new java.util.HashMap<>();
            signer(issued, "issued", rsa(), name, agencyCode, intermediate.certificate(),
                    new KeyPair(intermediate.certificate().getPublicKey(), intermediate.key()), Instant.now(), 30,
                    null, "http://127.0.0.1:" + responderPort + "/intermediate.crl");
            return issued.get("issued");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot issue a test signer for " + agencyCode, e);
        }
    }

    /**
     * A self-signed RSA signer with a key of {@code bits} bits, outside every CA: for checks the XML
     * layer makes before any certificate path is built (e.g. the smallest key it accepts).
     */
    public static Entry selfSignedRsa(String name, int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            KeyPair keys = g.generateKeyPair();
            X509Certificate c = certificate("CN=" + name + ", O=LienThong IT, C=VN", keys, null, null, Instant.now(), 30, false,
                    null, null, null);
            return new Entry(keys.getPrivate(), c, List.of(c));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot make a " + bits + "-bit test signer", e);
        }
    }

    private static void signer(Map<String, Entry> e, String alias, KeyPair keys, String name, String agency, X509Certificate issuer,
                               KeyPair issuerKeys, Instant from, int days, String ocsp, String crl) throws GeneralSecurityException, IOException {
        X509Certificate c = certificate("CN=" + name + ", OU=" + agency + ", O=LienThong IT, C=VN", keys, issuer, issuerKeys.getPrivate(),
                from, days, false, ocsp, crl, null);
        e.put(alias, new Entry(keys.getPrivate(), c, List.of(c, issuer)));
    }

    private static X509Certificate certificate(String subject, KeyPair keys, X509Certificate issuer, PrivateKey issuerKey, Instant from,
                                               int days, boolean ca, String ocsp, String crl, KeyPurposeId purpose)
            throws GeneralSecurityException, IOException {
        X500Name issuerName = issuer == null ? new X500Name(subject) : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(from.minus(Duration.ofHours(1))), Date.from(from.plus(Duration.ofDays(days))), new X500Name(subject), keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        if (issuer != null) {
            b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
        }
        if (ocsp != null) {
            b.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(AccessDescription.id_ad_ocsp,
                    new GeneralName(GeneralName.uniformResourceIdentifier, ocsp)));
        }
        if (crl != null) {
            b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[]{new DistributionPoint(
                    new DistributionPointName(new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crl))), null, null)}));
        }
        if (purpose != null) {
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose));
        }
        PrivateKey signingKey = issuerKey == null ? keys.getPrivate() : issuerKey;
        try {
            return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(
                    "EC".equals(signingKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA").build(signingKey)));
        } catch (org.bouncycastle.operator.OperatorCreationException ex) {
            throw new GeneralSecurityException(ex);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    public void save(Path dir) throws GeneralSecurityException, IOException {
        Files.createDirectories(dir);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            store.setKeyEntry(e.getKey(), e.getValue().key(), PASSWORD.toCharArray(),
                    e.getValue().chain().toArray(new X509Certificate[0]));
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("pki.p12"))) {
            store.store(out, PASSWORD.toCharArray());
        }
        Files.writeString(dir.resolve("truststore.pem"), pem(get("root").certificate()));
        // CRL files for a server's CRL directory: the root's, and the offline CA's (valid a month).
        Path crls = Files.createDirectories(dir.resolve("crls"));
        Instant now = Instant.now();
        Files.write(crls.resolve("root.crl"), crl("root", List.of(), now, now.plus(Duration.ofDays(30))));
        Files.write(crls.resolve("offline-ca.crl"), crl("offline-ca", REVOKED, now, now.plus(Duration.ofDays(30))));
    }

    /** The issuing CA of a signer (or of a CA), by alias. */
    public String issuerOf(String alias) {
        X509Certificate issuer = get(alias).chain().get(get(alias).chain().size() > 1 ? 1 : 0);
        for (String candidate : ISSUERS) {
            if (entries.containsKey(candidate) && get(candidate).certificate().equals(issuer)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no issuer for " + alias);
    }

    /**
     * A CRL (DER) of {@code issuerAlias} that lists those of {@code revoked} it issued, revoked a
     * day before {@code thisUpdate}; issued a minute before {@code thisUpdate}, valid until {@code nextUpdate}.
     */
    public byte[] crl(String issuerAlias, java.util.Collection<String> revoked, Instant thisUpdate, Instant nextUpdate) {
        try {
            Entry issuer = get(issuerAlias);
            org.bouncycastle.cert.X509v2CRLBuilder builder = new org.bouncycastle.cert.X509v2CRLBuilder(
                    X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                    Date.from(thisUpdate.minus(Duration.ofMinutes(1))));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (String alias : revoked) {
                if (entries.containsKey(alias) && issuerOf(alias).equals(issuerAlias)) {
                    builder.addCRLEntry(get(alias).certificate().getSerialNumber(), Date.from(thisUpdate.minus(Duration.ofDays(1))),
                            org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
                }
            }
            return builder.build(new JcaContentSignerBuilder("EC".equals(issuer.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA")
                    .build(issuer.key())).getEncoded();
        } catch (org.bouncycastle.operator.OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot make the test CRL of " + issuerAlias, e);
        }
    }

    public static TestPki load(Path dir) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("pki.p12"))) {
            store.load(in, PASSWORD.toCharArray());
        }
        Map<String, Entry> e = new LinkedHashMap<>();
        for (String alias : java.util.Collections.list(store.aliases())) {
            java.security.cert.Certificate[] chain = store.getCertificateChain(alias);
            List<X509Certificate> list = java.util.Arrays.stream(chain).map(c -> (X509Certificate) c).toList();
            e.put(alias, new Entry((PrivateKey) store.getKey(alias, PASSWORD.toCharArray()), list.get(0), list));
        }
        return new TestPki(e);
    }

    public static String pem(X509Certificate c) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        create(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3], args[4]).save(dir);
        // One hub key for the servers of the production configuration, which share a database. Kept when
        // there, like the database the servers keep between builds: the message log's heads signed in an
        // earlier run must still verify with the hub certificate of this one (docs/evidence.md).
        if (!java.nio.file.Files.exists(dir.resolve("hub.p12"))) {
            vn.lienthong.signature.hubkey.HubKey.generate(dir.resolve("hub.p12"), PASSWORD.toCharArray(), "hub",
                    "CN=LienThong IT hub, O=LienThong IT, C=VN");
        }
        System.out.println("Signature test PKI written to " + dir);
    }
}
