package vn.lienthong.signature.revocation;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Asks whether a certificate was revoked. First the sources the operator configured for its issuing
 * CA ({@link RevocationSources}): the OCSP responder named for that CA, the CA's CRL files, the CRL
 * addresses named for it; these need not be reachable through the certificate itself, so a hub cut
 * off from the CAs' services, or certificates that name no source, still get an answer. Then, if
 * none of those answered, the sources the certificate names: the OCSP responder of its Authority
 * Information Access (unless the operator replaced it), then the CRLs of its distribution points.
 *
 * <p>Answers are cached until the responder's or CRL's nextUpdate, at most {@code maxCacheAge}, so
 * a busy sender costs one OCSP round trip per certificate and cache period, not one per package. A
 * failure to reach a source is never cached: the next package asks again; but a downloaded CRL that
 * cannot be downloaded again stays in use until its own nextUpdate. A CRL past its nextUpdate
 * counts as no answer.
 *
 * <p>OCSP responses must be signed by the issuing CA or by a responder certificate it issued for
 * OCSP signing; CRLs must be signed by the issuer. Anything else counts as no answer.
 */
public final class RevocationChecker {

    private record Cached(RevocationStatus status, Instant until) {
    }

    private final RevocationSources sources;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration maxCacheAge;
    private final Clock clock;
    private final Map<String, Cached> ocspCache = new ConcurrentHashMap<>();
    private final Map<String, CachedCrl> crlCache = new ConcurrentHashMap<>();

    private record CachedCrl(X509CRL crl, Instant until) {
    }

    public RevocationChecker(Duration timeout, Duration maxCacheAge, Clock clock) {
        this(RevocationSources.none(), timeout, maxCacheAge, clock);
    }

    public RevocationChecker(RevocationSources sources, Duration timeout, Duration maxCacheAge, Clock clock) {
        this.sources = sources;
        this.timeout = timeout;
        this.maxCacheAge = maxCacheAge;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Where the checker looks besides what certificates name (the console lists them). */
    public RevocationSources sources() {
        return sources;
    }

    /** The status of every certificate of the path but the anchor: the first REVOKED or UNKNOWN, else GOOD. */
    public RevocationStatus check(List<X509Certificate> chain) {
        RevocationStatus last = RevocationStatus.good("none");
        for (int i = 0; i + 1 < chain.size(); i++) {
            RevocationStatus status = check(chain.get(i), chain.get(i + 1));
            if (status.state() != RevocationStatus.State.GOOD) {
                return status;
            }
            last = status;
        }
        return last;
    }

    public RevocationStatus check(X509Certificate certificate, X509Certificate issuer) {
        List<String> problems = new ArrayList<>();
        List<Supplier<RevocationStatus>> asked = new ArrayList<>();
        Optional<URI> responder = sources.ocspResponderFor(issuer);
        responder.ifPresent(url -> asked.add(() -> ocsp(url.toString(), certificate, issuer)));
        sources.crlFiles().ifPresent(files -> asked.add(() -> crlFile(files, certificate, issuer)));
        sources.crlUrlsFor(issuer).forEach(url -> asked.add(() -> crl(url.toString(), certificate, issuer)));
        if (responder.isEmpty()) {
            CertificateAddresses.ocspUrls(certificate).forEach(url -> asked.add(() -> ocsp(url, certificate, issuer)));
        }
        CertificateAddresses.crlUrls(certificate).forEach(url -> asked.add(() -> crl(url, certificate, issuer)));
        for (Supplier<RevocationStatus> source : asked) {
            RevocationStatus answer = source.get();
            if (answer.state() != RevocationStatus.State.UNKNOWN) {
                return answer;
            }
            if (answer.detail() != null) {
                problems.add(answer.detail());
            }
        }
        if (problems.isEmpty()) {
            return RevocationStatus.unknown("none", "the certificate " + certificate.getSubjectX500Principal().getName()
                    + " names no OCSP responder and no CRL, and none is configured for its issuer "
                    + issuer.getSubjectX500Principal().getName());
        }
        return RevocationStatus.unknown("ocsp+crl", String.join("; ", problems));
    }

    private RevocationStatus ocsp(String url, X509Certificate certificate, X509Certificate issuer) {
        Instant now = clock.instant();
        String key = issuer.getSerialNumber() + "/" + issuer.getSubjectX500Principal().getName() + "/" + certificate.getSerialNumber();
        Cached cached = ocspCache.get(key);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.status();
        }
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            OCSPReq request = new OCSPReqBuilder().addRequest(id).build();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/ocsp-request")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return RevocationStatus.unknown("ocsp", "OCSP responder " + url + " answered HTTP " + response.statusCode());
            }
            OCSPResp ocspResp = new OCSPResp(response.body());
            if (ocspResp.getStatus() != OCSPResp.SUCCESSFUL || !(ocspResp.getResponseObject() instanceof BasicOCSPResp basic)) {
                return RevocationStatus.unknown("ocsp", "OCSP responder " + url + " answered status " + ocspResp.getStatus());
            }
            if (!signedByIssuerOrDelegate(basic, issuer)) {
                return RevocationStatus.unknown("ocsp", "OCSP response from " + url + " is not signed by the issuer or its responder");
            }
            for (SingleResp single : basic.getResponses()) {
                if (!single.getCertID().matchesIssuer(new JcaX509CertificateHolder(issuer), new JcaDigestCalculatorProviderBuilder().build())
                        || !single.getCertID().getSerialNumber().equals(certificate.getSerialNumber())) {
                    continue;
                }
                Instant next = single.getNextUpdate() == null ? now.plus(maxCacheAge) : single.getNextUpdate().toInstant();
                if (next.isBefore(now)) {
                    return RevocationStatus.unknown("ocsp", "OCSP response from " + url + " is stale");
                }
                RevocationStatus status;
                CertificateStatus s = single.getCertStatus();
                if (s == CertificateStatus.GOOD) {
                    status = RevocationStatus.good("ocsp");
                } else if (s instanceof RevokedStatus revoked) {
                    status = RevocationStatus.revoked("ocsp", "revoked on " + revoked.getRevocationTime().toInstant() + " (OCSP)");
                } else {
                    return RevocationStatus.unknown("ocsp", "OCSP responder " + url + " does not know the certificate");
                }
                ocspCache.put(key, new Cached(status, min(next, now.plus(maxCacheAge))));
                return status;
            }
            return RevocationStatus.unknown("ocsp", "OCSP response from " + url + " does not cover the certificate");
        } catch (IOException e) {
            return RevocationStatus.unknown("ocsp", "OCSP responder " + url + " unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RevocationStatus.unknown("ocsp", "interrupted while asking " + url);
        } catch (OCSPException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return RevocationStatus.unknown("ocsp", "OCSP answer from " + url + " unusable: " + e.getMessage());
        }
    }

    private static boolean signedByIssuerOrDelegate(BasicOCSPResp basic, X509Certificate issuer)
            throws OperatorCreationException, OCSPException, GeneralSecurityException, IOException {
        if (basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer))) {
            return true;
        }
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder = converter.getCertificate(holder);
            try {
                responder.verify(issuer.getPublicKey());
            } catch (GeneralSecurityException notIssued) {
                continue;
            }
            List<String> usages = responder.getExtendedKeyUsage();
            if (usages != null && usages.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                    && basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(responder))) {
                responder.checkValidity();
                return true;
            }
        }
        return false;
    }

    private RevocationStatus crl(String url, X509Certificate certificate, X509Certificate issuer) {
        Instant now = clock.instant();
        CachedCrl cached = crlCache.get(url);
        if (cached != null && cached.until().isAfter(now)) {
            return statusIn(cached.crl(), certificate, "CRL");
        }
        RevocationStatus problem;
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                problem = RevocationStatus.unknown("crl", "CRL " + url + " answered HTTP " + response.statusCode());
            } else {
                X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(response.body()));
                crl.verify(issuer.getPublicKey());
                if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                    return RevocationStatus.unknown("crl", "CRL " + url + " is not the issuer's");
                }
                Instant next = nextUpdate(crl, now);
                if (next.isBefore(now)) {
                    problem = RevocationStatus.unknown("crl", "CRL " + url + " is stale (nextUpdate " + next + ")");
                } else {
                    crlCache.put(url, new CachedCrl(crl, min(next, now.plus(maxCacheAge))));
                    return statusIn(crl, certificate, "CRL");
                }
            }
        } catch (IOException e) {
            problem = RevocationStatus.unknown("crl", "CRL " + url + " unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RevocationStatus.unknown("crl", "interrupted while fetching " + url);
        } catch (GeneralSecurityException | RuntimeException e) {
            problem = RevocationStatus.unknown("crl", "CRL " + url + " unusable: " + e.getMessage());
        }
        // The CRL fetched before is due for a refresh that failed: it still counts until its own nextUpdate.
        if (cached != null && cached.crl().getNextUpdate() != null && cached.crl().getNextUpdate().toInstant().isAfter(now)) {
            return statusIn(cached.crl(), certificate, "CRL");
        }
        return problem;
    }

    private RevocationStatus crlFile(CrlDirectory files, X509Certificate certificate, X509Certificate issuer) {
        Optional<CrlDirectory.Loaded> found = files.newestOf(issuer);
        if (found.isEmpty()) {
            return RevocationStatus.unknown("crl-file", null);
        }
        Instant now = clock.instant();
        Instant next = nextUpdate(found.get().crl(), now);
        String name = found.get().file().getFileName().toString();
        if (next.isBefore(now)) {
            return RevocationStatus.unknown("crl-file", "CRL file " + name + " in " + files.directory()
                    + " is stale (nextUpdate " + next + "): replace it with the CA's current CRL");
        }
        return statusIn(found.get().crl(), certificate, "CRL file " + name);
    }

    /** A CRL without nextUpdate is current for the cache period. */
    private Instant nextUpdate(X509CRL crl, Instant now) {
        return crl.getNextUpdate() == null ? now.plus(maxCacheAge) : crl.getNextUpdate().toInstant();
    }

    private static RevocationStatus statusIn(X509CRL crl, X509Certificate certificate, String source) {
        X509CRLEntry entry = crl.getRevokedCertificate(certificate);
        String kind = source.startsWith("CRL file") ? "crl-file" : "crl";
        if (entry != null) {
            Date when = entry.getRevocationDate();
            return RevocationStatus.revoked(kind, "revoked on " + when.toInstant() + " (" + source + ")");
        }
        return RevocationStatus.good(kind);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
