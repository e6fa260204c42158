package vn.lienthong.signature;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.exchange.PushBackoff;

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

/**
 * The hub's signing key, loaded at start from the keystore the server variables name
 * ({@code lienthong.hub.keystore}, {@code lienthong.hub.keystore.password},
 * {@code lienthong.hub.key.alias}). When the file does not exist and
 * {@code lienthong.hub.key.generate} is true (the embedded default), a development key is generated
 * there and the log says so loudly: receipts signed with it prove nothing to anyone else.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HubSigning {

    private static final Logger LOG = Logger.getLogger(HubSigning.class.getName());

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
                key = HubKey.generate(file, password.toCharArray(), alias, "CN=LienThong hub DEVELOPMENT key, O=LienThong, C=VN");
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
        Optional<TimestampClient> tsa = tsaUrl.filter(u -> !u.isBlank())
                .map(u -> new TimestampClient(URI.create(u.strip()), PushBackoff.duration(tsaTimeout)));
        tsa.ifPresent(t -> LOG.log(Level.INFO, "Receipts are timestamped by {0}", tsaUrl.get()));
        signer = new ReceiptSigner(key, tsa);
    }

    public ReceiptSigner signer() {
        return signer;
    }

    /**
     * Signs a package the hub originates itself on behalf of an agency (a dossier hand-over), so that
     * it passes a REQUIRE_VALID policy when submitted as of hub origin ({@link PackageOrigin#HUB}):
     * its verdict is then {@link SignatureOutcome#HUB_SIGNED}. From anyone else it is refused.
     */
    public byte[] signPackage(byte[] edxml) {
        return HubPackageSigner.sign(edxml, key);
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
