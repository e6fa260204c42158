package vn.lienthong.directory.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.time.Durations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;

/**
 * The server variables of the directory follower (liberty-config/federation.xml,
 * docs/federation.md "Directory across hubs"): how often it reads the upstream's change feed, which
 * codes are this instance's own tree, and the upstream hub's certificate its pages are checked with.
 */
@ApplicationScoped
public class DirectoryFollowingSettings {

    @Inject
    @ConfigProperty(name = "lienthong.federation.directory.interval", defaultValue = "1m")
    String interval;

    @Inject
    @ConfigProperty(name = "lienthong.federation.directory.tree")
    Optional<String> tree;

    @Inject
    @ConfigProperty(name = "lienthong.federation.upstream.certificate")
    Optional<String> certificate;

    @Inject
    HubIdentity hub;

    public Duration interval() {
        return Durations.parse(interval);
    }

    public DirectoryTree tree() {
        return DirectoryTree.configured(tree.orElse(""), hub.code());
    }

    /**
     * The upstream hub's certificate (PEM or DER file: what its {@code GET /hub/certificate} serves,
     * pinned from a trusted channel).
     *
     * @throws IllegalStateException when it is not set or cannot be read: the feed is not followed unsigned
     */
    public X509Certificate certificate() {
        String file = certificate.map(String::strip).filter(f -> !f.isEmpty()).orElseThrow(() -> new IllegalStateException(
                "lienthong.federation.upstream.certificate is not set: the upstream's directory is followed only "
                        + "with its hub certificate, to check the signature of every page"));
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException | RuntimeException e) {
            throw new IllegalStateException("lienthong.federation.upstream.certificate " + file + " is not a readable "
                    + "certificate: " + e.getMessage(), e);
        }
    }
}
