package vn.lienthong.platform.safeguard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Refuses to start the application with a development default where it must not be
 * ({@link DevelopmentDefaults}): each one is named at ERROR level in messages.log, with what to
 * set instead, and the application does not start. Other start-up beans that depend on these
 * settings (the hub key) wait for this one.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductionSafeguards {

    private static final Logger LOG = Logger.getLogger(ProductionSafeguards.class.getName());

    @Inject
    @ConfigProperty(name = "lienthong.sample.directory", defaultValue = "false")
    boolean sampleDirectory;

    @Inject
    @ConfigProperty(name = "admin.registry", defaultValue = "basic")
    String adminRegistry;

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "tls.keystore.password")
    Optional<String> tlsKeystorePassword;

    @Inject
    @ConfigProperty(name = "tls.truststore.password")
    Optional<String> tlsTruststorePassword;

    @Inject
    @ConfigProperty(name = "lienthong.hub.keystore.password", defaultValue = DevelopmentDefaults.HUB_KEYSTORE_PASSWORD)
    String hubKeystorePassword;

    @Inject
    @ConfigProperty(name = "lienthong.hub.key.generate", defaultValue = "true")
    boolean hubKeyGenerate;

    @Inject
    @ConfigProperty(name = "lienthong.secrets.key.generate", defaultValue = "true")
    boolean secretsKeyGenerate;

    @Inject
    @ConfigProperty(name = "lienthong.signature.default-policy", defaultValue = "REQUIRE_VALID")
    String signatureDefaultPolicy;

    @PostConstruct
    void refuseDevelopmentDefaults() {
        List<DevelopmentDefaults.Refusal> refusals = DevelopmentDefaults.refusals(new DevelopmentDefaults.Settings(
                sampleDirectory, adminRegistry, adminPassword.orElse(null), tlsKeystorePassword.orElse(null),
                tlsTruststorePassword.orElse(null), hubKeystorePassword, hubKeyGenerate, secretsKeyGenerate,
                signatureDefaultPolicy));
        if (refusals.isEmpty()) {
            return;
        }
        for (DevelopmentDefaults.Refusal refusal : refusals) {
            LOG.log(Level.SEVERE, "LienThong refuses to start: {0} {1} / LienThong từ chối khởi động: {0} {2} (docs/deployment.md)",
                    new Object[]{refusal.setting(), refusal.english(), refusal.vietnamese()});
        }
        throw new IllegalStateException("The application does not start with these settings: "
                + refusals.stream().map(DevelopmentDefaults.Refusal::setting).collect(Collectors.joining(", "))
                + " (see the ERROR lines above and docs/deployment.md)");
    }
}
