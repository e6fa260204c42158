package vn.lienthong.signature;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.exchange.PushBackoff;

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

    @Inject
    Clock clock;

    private TrustAnchors anchors;
    private RevocationChecker revocation;
    private CertificatePathValidator paths;
    private SignaturePolicy fallback;

    @PostConstruct
    void load() {
        anchors = truststore.filter(s -> !s.isBlank()).map(this::loadAnchors).orElseGet(() -> {
            LOG.warning("No signature trust anchors configured (lienthong.signature.truststore): every signed package "
                    + "is judged CERTIFICATE_UNTRUSTED until the operator sets one (docs/signatures.md).");
            return TrustAnchors.none();
        });
        revocation = new RevocationChecker(PushBackoff.duration(revocationTimeout), PushBackoff.duration(revocationCache), clock);
        paths = new CertificatePathValidator(anchors, PushBackoff.duration(revocationCache));
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
