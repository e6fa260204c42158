package vn.lienthong.signature.hubkey;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.time.Durations;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.x500.X500Principal;

/**
 * The hub's signing key, loaded at start from the keystore the server variables name
 * ({@code lienthong.hub.keystore}, {@code lienthong.hub.keystore.password},
 * {@code lienthong.hub.key.alias}). When the file does not exist and
 * {@code lienthong.hub.key.generate} is true (the embedded default), a development key is generated
 * there and the log says so loudly: receipts signed with it prove nothing to anyone else.
 */
@Singleton
@Startup
// A real deployment refuses a generated key before one is made (ProductionSafeguards).
@DependsOn("ProductionSafeguards")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HubSigning {

    private static final Logger LOG = Logger.getLogger(HubSigning.class.getName());
    /** The subject of the key generated for development; a real deployment refuses to sign with it. */
    static final String DEVELOPMENT_KEY_SUBJECT = "CN=LienThong hub DEVELOPMENT key, O=LienThong, C=VN";

    @Inject
    // Relative to the server's working directory, its output directory: MP Config does not expand
    // ${server.output.dir} in a variable's default value.
    @ConfigProperty(name = "lienthong.hub.keystore", defaultValue = "resources/security/lienthong-hub.p12")
    String keystore;

    @Inject
    @ConfigProperty(name = "lienthong.hub.keystore.password", defaultValue = "lienthong-dev-hub-key")
    String password;

    @Inject
    @ConfigProperty(name = "lienthong.hub.key.alias", defaultValue = "hub")
    String alias;

    @Inject
    @ConfigProperty(name = "lienthong.hub.key.generate", defaultValue = "true")
    boolean generate;

    /** Without the sample directory the server is a real deployment (docs/deployment.md). */
    @Inject
    @ConfigProperty(name = "lienthong.sample.directory", defaultValue = "false")
    boolean sampleDirectory;

    @Inject
    @ConfigProperty(name = "lienthong.receipts.tsa.url")
    Optional<String> tsaUrl;

    @Inject
    @ConfigProperty(name = "lienthong.receipts.tsa.timeout", defaultValue = "5s")
    String tsaTimeout;

    private HubKey key;
    private ReceiptSigner signer;

    @PostConstruct
    void load() {
        Path file = Path.of(keystore);
        try {
            if (Files.exists(file)) {
                key = HubKey.load(file, password.toCharArray(), alias);
                LOG.log(Level.INFO, "Hub signing key loaded from {0}: {1}", new Object[]{file, key.certificate().getSubjectX500Principal()});
            } else if (generate) {
                key = HubKey.generate(file, password.toCharArray(), alias, DEVELOPMENT_KEY_SUBJECT);
                LOG.log(Level.WARNING, "Generated a DEVELOPMENT hub signing key in {0} because the keystore did not exist. "
                        + "Receipts and directory signatures made with it prove nothing outside this machine: set "
                        + "lienthong.hub.keystore to the hub''s real key (docs/signatures.md).", file);
            } else {
                throw new IllegalStateException("The hub keystore " + file + " does not exist (lienthong.hub.keystore) "
                        + "and lienthong.hub.key.generate is false");
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The hub signing key cannot be loaded from " + file + ": " + e.getMessage(), e);
        }
        if (!sampleDirectory && isDevelopmentKey()) {
            // A key generated at an earlier start with the defaults, still named by lienthong.hub.keystore.
            LOG.log(Level.SEVERE, "LienThong refuses to start: lienthong.hub.keystore {0} holds the generated DEVELOPMENT "
                    + "hub key; install the hub''s real key (LIENTHONG_HUB_KEYSTORE) / LienThong từ chối khởi động: "
                    + "lienthong.hub.keystore {0} là khóa phát triển tự sinh; hãy cài khóa thật của trục (docs/deployment.md)", file);
            throw new IllegalStateException("The hub keystore " + file + " holds the generated development key");
        }
        Optional<TimestampClient> tsa = tsaUrl.filter(u -> !u.isBlank())
                .map(u -> new TimestampClient(URI.create(u.strip()), Durations.parse(tsaTimeout)));
        tsa.ifPresent(t -> LOG.log(Level.INFO, "Receipts are timestamped by {0}", tsaUrl.get()));
        signer = new ReceiptSigner(key, tsa);
    }

    public ReceiptSigner signer() {
        return signer;
    }

    /**
     * Signs a package the hub originates itself on behalf of an agency (a dossier hand-over), so that
     * it passes a REQUIRE_VALID policy when submitted as of hub origin ({@link vn.lienthong.signature.verification.PackageOrigin#HUB}):
     * its verdict is then {@link vn.lienthong.signature.verification.SignatureOutcome#HUB_SIGNED}. From anyone else it is refused.
     */
    public byte[] signPackage(byte[] edxml) {
        return HubPackageSigner.sign(edxml, key);
    }

    /** Whether the hub signs with the key generated for development. */
    public boolean isDevelopmentKey() {
        return key.certificate().getSubjectX500Principal().getName()
                .equals(new X500Principal(DEVELOPMENT_KEY_SUBJECT).getName());
    }

    public X509Certificate certificate() {
        return key.certificate();
    }

    /** The hub certificate in PEM, as clients pin it. */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
