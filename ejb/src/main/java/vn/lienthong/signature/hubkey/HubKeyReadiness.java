package vn.lienthong.signature.hubkey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.lienthong.platform.health.KeyReadiness;

import java.time.Instant;

/**
 * The hub's signing key (receipts, directory snapshots, hand-overs): loaded, and its certificate not
 * expired. Signed receipts are what lets a sender prove delivery, so an expired key makes the server
 * not ready.
 */
@Readiness
@ApplicationScoped
public class HubKeyReadiness implements HealthCheck {

    @Inject
    HubSigning signing;

    @Inject
    @ConfigProperty(name = "lienthong.hub.keystore", defaultValue = "resources/security/lienthong-hub.p12")
    String keystore;

    @Inject
    @ConfigProperty(name = "lienthong.health.key-warning-days", defaultValue = "30")
    int warningDays;

    @Override
    public HealthCheckResponse call() {
        return KeyReadiness.of("hub-key", keystore, signing.certificate(), warningDays, Instant.now());
    }
}
