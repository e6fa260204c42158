package vn.lienthong.signature;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.time.Durations;
import vn.lienthong.signature.policy.PolicyMode;
import vn.lienthong.signature.policy.SignaturePolicy;
import vn.lienthong.signature.revocation.RevocationChecker;
import vn.lienthong.signature.revocation.RevocationFailure;
import vn.lienthong.signature.revocation.RevocationSources;
import vn.lienthong.signature.trust.CertificatePathValidator;
import vn.lienthong.signature.trust.TrustAnchors;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator's signature settings (server variables {@code lienthong.signature.*}, see
 * liberty-config signatures.xml and docs/signatures.md): trust anchors, revocation behaviour, and
 * the policy of agencies an administrator gave no policy of their own.
 */
@ApplicationScoped
public class SignatureSettings {

    private static final Logger LOG = Logger.getLogger(SignatureSettings.class.getName());

    @Inject
    @ConfigProperty(name = "lienthong.signature.truststore")
    Optional<String> truststore;

    @Inject
    @ConfigProperty(name = "lienthong.signature.truststore.password")
    Optional<String> truststorePassword;

    /**
     * The policy of every agency without one of its own, including every agency an administrator
     * adds. Never ACCEPT_UNSIGNED: the server refuses to start with that (ProductionSafeguards); the
     * sample agencies get their own policy instead (SampleSignaturePolicies).
     */
    @Inject
    @ConfigProperty(name = "lienthong.signature.default-policy", defaultValue = "REQUIRE_VALID")
    String defaultPolicy;

    @Inject
    @ConfigProperty(name = "lienthong.signature.accept-sha1", defaultValue = "false")
    boolean acceptSha1;

    @Inject
    @ConfigProperty(name = "lienthong.signature.revocation-failure", defaultValue = "SOFT")
    String revocationFailure;

    @Inject
    @ConfigProperty(name = "lienthong.signature.revocation.timeout", defaultValue = "5s")
    String revocationTimeout;

    @Inject
    @ConfigProperty(name = "lienthong.signature.revocation.cache", defaultValue = "10m")
    String revocationCache;

    /** Per CA, an OCSP responder replacing the one its certificates name: {@code CA=url;CA=url}. */
    @Inject
    @ConfigProperty(name = "lienthong.signature.revocation.ocsp-responders")
    Optional<String> ocspResponders;

    /** Per CA, addresses of its CRL: {@code CA=url;CA=url}. */
    @Inject
    @ConfigProperty(name = "lienthong.signature.revocation.crl-urls")
    Optional<String> crlUrls;

    /** A directory of CRL files (DER or PEM). */
    @Inject
    @ConfigProperty(name = "lienthong.signature.revocation.crl-dir")
    Optional<String> crlDirectory;

    @Inject
    Clock clock;

    private TrustAnchors anchors;
    private RevocationChecker revocation;
    private CertificatePathValidator paths;
    private SignaturePolicy fallback;

    /**
     * Reads the settings as the application starts (this observer makes the container create the
     * bean), so that a wrong one — an unreadable truststore, a revocation source that is not
     * {@code CA=url}, a CRL directory that does not exist — stops the start with a message naming it,
     * instead of failing every package later.
     */
    void loadAtStart(@Observes Startup start) {
        LOG.log(Level.FINE, "Signature settings read at start");
    }

    @PostConstruct
    void load() {
        anchors = truststore.filter(s -> !s.isBlank()).map(this::loadAnchors).orElseGet(() -> {
            LOG.warning("No signature trust anchors configured (lienthong.signature.truststore): every signed package "
                    + "is judged CERTIFICATE_UNTRUSTED until the operator sets one (docs/signatures.md).");
            return TrustAnchors.none();
        });
        RevocationSources sources;
        try {
            sources = RevocationSources.parse(ocspResponders.orElse(""), crlUrls.orElse(""), crlDirectory.orElse(""), clock);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Said here, in the server's log, since the container reports it only as a failure to create this bean.
            LOG.log(Level.SEVERE, "The revocation settings cannot be used, the application does not start: {0}", e.getMessage());
            throw e;
        }
        if (!sources.isEmpty()) {
            LOG.log(Level.INFO, "Revocation sources configured per certificate authority: {0}", sources);
        }
        revocation = new RevocationChecker(sources, Durations.parse(revocationTimeout), Durations.parse(revocationCache), clock);
        paths = new CertificatePathValidator(anchors, Durations.parse(revocationCache));
        PolicyMode mode = PolicyMode.valueOf(defaultPolicy.strip().toUpperCase(Locale.ROOT));
        fallback = new SignaturePolicy(mode, acceptSha1, RevocationFailure.valueOf(revocationFailure.strip().toUpperCase(Locale.ROOT)));
        LOG.log(Level.INFO, "Signature policy of agencies without one of their own: {0}", fallback);
    }

    private TrustAnchors loadAnchors(String path) {
        try {
            TrustAnchors loaded = TrustAnchors.load(Path.of(path), truststorePassword.orElse("").toCharArray());
            LOG.log(Level.INFO, "Signature trust anchors: {0} certificate(s) from {1}", new Object[]{loaded.certificates().size(), path});
            return loaded;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The signature truststore " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    public TrustAnchors anchors() {
        return anchors;
    }

    public CertificatePathValidator paths() {
        return paths;
    }

    public RevocationChecker revocation() {
        return revocation;
    }

    /** The policy of an agency that has none of its own. */
    public SignaturePolicy fallbackPolicy() {
        return fallback;
    }
}
