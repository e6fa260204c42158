package vn.lienthong.bench;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Each sender's signing key, as the hub requires since it verifies every signature (issue 4): a
 * certificate per agency (subject OU = its code) issued by a certificate authority the server
 * trusts, and bound to the agency by an administrator. By default the authority is the
 * intermediate of the integration tests' PKI (`ear/target/it-signature/pki.p12`), which the server
 * the benchmark documents (the build's integration-test server) trusts; another one is named with
 * {@code bench.signer.ca}. Without any, packages are signed with a self-signed key and a hub that
 * verifies signatures refuses them (CERTIFICATE_UNTRUSTED) — said loudly at start.
 */
final class SenderSigners implements Function<String, TestSigningKey> {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final PrivateKey caKey;
    private final List<X509Certificate> caChain;
    private final String apiBaseUrl;
    private final String adminAuthorization;
    private final Map<String, TestSigningKey> issued = new ConcurrentHashMap<>();
    private final TestSigningKey selfSigned;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SenderSigners(PrivateKey caKey, List<X509Certificate> caChain, String apiBaseUrl, String admin) {
        this.caKey = caKey;
        this.caChain = caChain;
        this.apiBaseUrl = apiBaseUrl;
        this.adminAuthorization = "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
        this.selfSigned = caKey == null ? TestSigningKey.generate("Văn thư - chữ ký số (benchmark)") : null;
    }

    /** From {@code bench.signer.ca} (PKCS12), {@code .alias}, {@code .password} and {@code bench.admin} (user:password). */
    static SenderSigners fromSystemProperties(String apiBaseUrl, PrintStream out) {
        Path store = Path.of(System.getProperty("bench.signer.ca", "ear/target/it-signature/pki.p12"));
        String alias = System.getProperty("bench.signer.ca.alias", "intermediate");
        String password = System.getProperty("bench.signer.ca.password", "lienthong-it-only");
        String admin = System.getProperty("bench.admin", "admin:lienthong-dev-admin");
        if (!Files.isReadable(store)) {
            out.printf("WARNING: no signing authority at %s (bench.signer.ca): packages are signed with a self-signed "
                    + "key, which a hub that verifies signatures refuses%n", store);
            return new SenderSigners(null, List.of(), apiBaseUrl, admin);
        }
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password.toCharArray());
            PrivateKey key = (PrivateKey) keys.getKey(alias, password.toCharArray());
            Certificate[] chain = keys.getCertificateChain(alias);
            if (key == null || chain == null) {
                throw new IllegalArgumentException("no key entry '" + alias + "' in " + store);
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : chain) {
                certificates.add((X509Certificate) c);
            }
            out.printf("Senders' certificates are issued by %s (%s)%n", certificates.get(0).getSubjectX500Principal(), store);
            return new SenderSigners(key, List.copyOf(certificates), apiBaseUrl, admin);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the signing authority " + store + ": " + e.getMessage(), e);
        }
    }

    @Override
    public TestSigningKey apply(String agency) {
        if (caKey == null) {
            return selfSigned;
        }
        return issued.computeIfAbsent(agency, this::issueAndBind);
    }

    private TestSigningKey issueAndBind(String agency) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X509Certificate ca = caChain.get(0);
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(30))),
                    new X500Name("CN=Văn thư " + agency + ", OU=" + agency + ", O=LienThong benchmark, C=VN"), pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKey)));
            bind(agency);
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            chain.addAll(caChain);
            return new TestSigningKey(pair.getPrivate(), certificate, List.copyOf(chain));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot issue the signing certificate of " + agency + ": " + e.getMessage(), e);
        }
    }

    /** The administrator binds the agency's certificates by their OU; an existing binding is fine. */
    private void bind(String agency) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiBaseUrl + "/admin/signatures/" + agency + "/signers"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", adminAuthorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subjectAttribute\":\"OU=" + agency + "\"}")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("binding the signer of " + agency + " answered " + response.statusCode()
                    + " " + response.body());
        }
    }
}
