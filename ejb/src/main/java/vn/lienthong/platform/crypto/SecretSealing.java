package vn.lienthong.platform.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals and opens the secrets the hub stores to present later (push endpoint credentials) with the
 * key in the file {@code lienthong.secrets.key} names, loaded at start. When the file does not exist
 * and {@code lienthong.secrets.key.generate} is true (the embedded default) a development key is
 * generated there and the log says so loudly, as for the hub's signing key; with generate false a
 * missing key stops the application from starting, since it could neither seal new secrets nor
 * open stored ones. Every server sharing one database must be given the same file.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecretSealing {

    private static final Logger LOG = Logger.getLogger(SecretSealing.class.getName());

    @Inject
    // Relative to the server's working directory, its output directory, as lienthong.hub.keystore.
    @ConfigProperty(name = "lienthong.secrets.key", defaultValue = "resources/security/lienthong-secrets.key")
    String keyFile;

    @Inject
    @ConfigProperty(name = "lienthong.secrets.key.generate", defaultValue = "true")
    boolean generate;

    private SealingKey key;

    @PostConstruct
    void load() {
        Path file = Path.of(keyFile);
        try {
            if (Files.exists(file)) {
                key = SealingKey.load(file);
                LOG.log(Level.INFO, "Secret-sealing key {0} loaded from {1}", new Object[]{key.id(), file});
            } else if (generate) {
                key = SealingKey.generate(file);
                LOG.log(Level.WARNING, "Generated a DEVELOPMENT secret-sealing key ({0}) in {1} because the file did not exist. "
                        + "Push endpoint secrets are sealed with it: keep the file with the database''s backups, give every "
                        + "server the same file, and in production set lienthong.secrets.key to a key made for it "
                        + "and lienthong.secrets.key.generate to false (docs/deployment.md).", new Object[]{key.id(), file});
            } else {
                throw new IllegalStateException("The secret-sealing key file " + file.toAbsolutePath()
                        + " does not exist (lienthong.secrets.key) and lienthong.secrets.key.generate is false");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The secret-sealing key cannot be loaded from " + file.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    public String seal(String clear, String context) {
        return key.seal(clear, context);
    }

    public String open(String sealed, String context) {
        return key.open(sealed, context);
    }
}
