package vn.lienthong.signature.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test PKI's online services on loopback, made with BouncyCastle and the JDK's HTTP server: an
 * OCSP responder ({@code POST /ocsp}, answers signed by the issuing CA), the CRLs
 * ({@code GET /root.crl}, {@code GET /intermediate.crl}, and {@code GET /refresh-ca.crl}, valid only
 * {@link #REFRESH_CRL_VALIDITY}) and an RFC 3161 time-stamping authority ({@code POST /tsa}).
 * {@link TestPki#REVOKED} are revoked in both; a test may revoke another signer later ({@link #revoke}).
 */
public final class TrustServices implements AutoCloseable {

    /** How long a CRL of {@code /refresh-ca.crl} is valid: short, so a test sees the hub fetch the next one. */
    public static final Duration REFRESH_CRL_VALIDITY = Duration.ofSeconds(3);

    private final TestPki pki;
    private final HttpServer server;
    private final Set<String> revoked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicInteger ocspRequests = new AtomicInteger();
    private final AtomicInteger refreshCrlRequests = new AtomicInteger();
    private final AtomicInteger timestamps = new AtomicInteger();

    private TrustServices(TestPki pki, int port) throws IOException {
        this.pki = pki;
        this.revoked.addAll(TestPki.REVOKED);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/ocsp", this::ocsp);
        server.createContext("/root.crl", x -> crl(x, "root", Duration.ofHours(1)));
        server.createContext("/intermediate.crl", x -> crl(x, "intermediate", Duration.ofHours(1)));
        server.createContext("/refresh-ca.crl", x -> {
            refreshCrlRequests.incrementAndGet();
            crl(x, "refresh-ca", REFRESH_CRL_VALIDITY);
        });
        server.createContext("/tsa", this::tsa);
        server.start();
    }

    public static TrustServices start(TestPki pki, int port) throws IOException {
        return new TrustServices(pki, port);
    }

    public int ocspRequests() {
        return ocspRequests.get();
    }

    public int timestamps() {
        return timestamps.get();
    }

    /** How many times {@code /refresh-ca.crl} was fetched. */
    public int refreshCrlRequests() {
        return refreshCrlRequests.get();
    }

    /** From now on, OCSP answers and CRLs say that {@code alias} was revoked. */
    public void revoke(String alias) {
        revoked.add(alias);
    }

    /** Takes a revocation made by {@link #revoke} back (a test cleaning up after itself). */
    public void reinstate(String alias) {
        if (TestPki.REVOKED.contains(alias)) {
            throw new IllegalArgumentException(alias + " is revoked for good");
        }
        revoked.remove(alias);
    }

    private void ocsp(HttpExchange exchange) throws IOException {
        ocspRequests.incrementAndGet();
        try (exchange) {
            OCSPReq request = new OCSPReq(exchange.getRequestBody().readAllBytes());
            TestPki.Entry issuer = null;
            Instant now = Instant.now();
            BasicOCSPRespBuilder builder = null;
            for (Req req : request.getRequestList()) {
                CertificateID id = req.getCertID();
                String alias = aliasOfSerial(id.getSerialNumber());
                CertificateStatus status;
                if (alias == null) {
                    status = new UnknownStatus();
                } else {
                    issuer = pki.get(pki.issuerOf(alias));
                    status = revoked.contains(alias)
                            ? new RevokedStatus(Date.from(now.minus(Duration.ofDays(1))), CRLReason.keyCompromise) : CertificateStatus.GOOD;
                }
                if (issuer == null) {
                    issuer = pki.get("intermediate");
                }
                if (builder == null) {
                    builder = new BasicOCSPRespBuilder(new RespID(X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded())));
                }
                builder.addResponse(id, status, Date.from(now), Date.from(now.plus(Duration.ofHours(1))), null);
            }
            BasicOCSPResp basic = builder.build(signer(issuer), new X509CertificateHolder[]{new JcaX509CertificateHolder(issuer.certificate())},
                    Date.from(now));
            send(exchange, "application/ocsp-response", new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded());
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private void crl(HttpExchange exchange, String issuerAlias, Duration validity) throws IOException {
        try (exchange) {
            Instant now = Instant.now();
            send(exchange, "application/pkix-crl", pki.crl(issuerAlias, Set.copyOf(revoked), now, now.plus(validity)));
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private void tsa(HttpExchange exchange) throws IOException {
        try (exchange) {
            TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
            TestPki.Entry tsa = pki.get("tsa");
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .build("SHA256withRSA", tsa.key(), tsa.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            byte[] answer = responses.generate(request, BigInteger.valueOf(timestamps.incrementAndGet()), new Date()).getEncoded();
            send(exchange, "application/timestamp-reply", answer);
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private String aliasOfSerial(BigInteger serial) {
        for (String alias : TestPki.SIGNERS) {
            if (pki.get(alias).certificate().getSerialNumber().equals(serial)) {
                return alias;
            }
        }
        return pki.get("intermediate").certificate().getSerialNumber().equals(serial) ? "intermediate" : null;
    }

    private static org.bouncycastle.operator.ContentSigner signer(TestPki.Entry issuer) throws Exception {
        return new JcaContentSignerBuilder("EC".equals(issuer.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA").build(issuer.key());
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
