package vn.lienthong.signature.trust;

import vn.lienthong.signature.verification.SignatureCheck;
import vn.lienthong.signature.verification.SignatureVerdict;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds and validates the signer's certificate path (PKIX) up to one of the operator's trust
 * anchors, from the certificates the signature carries and the truststore's own. Revocation is the
 * {@link vn.lienthong.signature.revocation.RevocationChecker}'s job, so that its caching and soft/hard-fail policy apply. A path
 * once built is reused for a while for the same certificates: building it costs more than
 * checking the package's signature.
 */
public final class CertificatePathValidator {

    /** A validated path: the certificates from the signer up, each followed by its issuer; the anchor last. */
    public record ValidatedPath(List<X509Certificate> chain) {
        public ValidatedPath {
            chain = List.copyOf(chain);
        }
    }

    /** The path could not be validated, and why. */
    public static final class PathRefused extends Exception {
        private final SignatureVerdict verdict;

        PathRefused(SignatureVerdict verdict) {
            super(verdict.reasonEn());
            this.verdict = verdict;
        }

        public SignatureVerdict verdict() {
            return verdict;
        }
    }

    private record Cached(ValidatedPath path, Instant until) {
    }

    private static final int MAX_CACHED = 10_000;

    private final TrustAnchors trust;
    private final Duration cacheFor;
    private final Map<List<X509Certificate>, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param cacheFor how long a path once built is reused for the same certificates (the signer's
     *                 validity dates are still checked every time); zero turns the cache off
     */
    public CertificatePathValidator(TrustAnchors trust, Duration cacheFor) {
        this.trust = trust;
        this.cacheFor = cacheFor;
    }

    public ValidatedPath validate(List<X509Certificate> carried, Instant at) throws PathRefused {
        checkDates(carried.get(0), at);
        Cached cached = cache.get(carried);
        if (cached != null && cached.until().isAfter(at)) {
            return cached.path();
        }
        ValidatedPath path = build(carried, at);
        if (!cacheFor.isZero()) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(List.copyOf(carried), new Cached(path, at.plus(cacheFor)));
        }
        return path;
    }

    /** Whether the signer's certificate is within its validity dates at {@code at}. */
    public static void checkDates(X509Certificate signer, Instant at) throws PathRefused {
        try {
            signer.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            throw refused(SignatureCheck.CERTIFICATE_EXPIRED, "The signing certificate expired on " + signer.getNotAfter().toInstant(),
                    "Chứng thư số của người ký đã hết hạn từ " + signer.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw refused(SignatureCheck.CERTIFICATE_EXPIRED, "The signing certificate is not valid before " + signer.getNotBefore().toInstant(),
                    "Chứng thư số của người ký chưa có hiệu lực trước " + signer.getNotBefore().toInstant());
        }
    }

    private ValidatedPath build(List<X509Certificate> carried, Instant at) throws PathRefused {
        X509Certificate signer = carried.get(0);
        if (trust.isEmpty()) {
            throw refused(SignatureCheck.CERTIFICATE_UNTRUSTED, "The hub has no trust anchor configured (lienthong.signature.truststore)",
                    "Trục chưa được cấu hình chứng thư gốc tin cậy");
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trust.anchors(), target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            List<X509Certificate> pool = new ArrayList<>(carried);
            pool.addAll(trust.certificates());
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> chain = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> chain.add((X509Certificate) c));
            chain.add(result.getTrustAnchor().getTrustedCert());
            return new ValidatedPath(chain);
        } catch (CertPathBuilderException e) {
            throw refused(SignatureCheck.CERTIFICATE_UNTRUSTED,
                    "The signing certificate does not chain to a trusted authority: " + e.getMessage(),
                    "Chứng thư số của người ký không thuộc tổ chức cung cấp dịch vụ chứng thực được tin cậy");
        } catch (InvalidAlgorithmParameterException e) {
            throw refused(SignatureCheck.CERTIFICATE_UNTRUSTED, "No trust anchor: " + e.getMessage(), "Không có chứng thư gốc tin cậy");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX is not available in this JDK", e);
        }
    }

    private static PathRefused refused(SignatureCheck check, String en, String vi) {
        return new PathRefused(SignatureVerdict.invalid(check, en, vi, null));
    }
}
