package vn.lienthong.exchange.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.objectstore.ObjectStoreClient;
import vn.lienthong.platform.objectstore.ObjectStoreSettings;
import vn.lienthong.platform.time.Durations;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the archive store by configuration only (retention.xml): {@code lienthong.archive.store} is
 * {@code directory} (the default, {@code lienthong.archive.dir}) or {@code s3} (the
 * {@code lienthong.archive.s3.*} settings). An unknown store or an incomplete object store is refused when the
 * application starts ({@link PackageStoresCheck}), not at the first retention run.
 */
@ApplicationScoped
public class PackageArchives {

    @Inject
    @ConfigProperty(name = "lienthong.archive.store", defaultValue = "directory")
    String store;

    @Inject
    @ConfigProperty(name = "lienthong.archive.dir")
    String directory;

    @Inject
    @ConfigProperty(name = "lienthong.archive.s3.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "lienthong.archive.s3.bucket")
    Optional<String> bucket;

    @Inject
    @ConfigProperty(name = "lienthong.archive.s3.region", defaultValue = "us-east-1")
    String region;

    @Inject
    @ConfigProperty(name = "lienthong.archive.s3.access-key")
    Optional<String> accessKey;

    @Inject
    @ConfigProperty(name = "lienthong.archive.s3.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "lienthong.archive.s3.path-style", defaultValue = "true")
    boolean pathStyle;

    @Inject
    @ConfigProperty(name = "lienthong.archive.s3.timeout", defaultValue = "5m")
    String timeout;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    PackageArchive archive() {
        return switch (store.strip().toLowerCase(Locale.ROOT)) {
            case "directory" -> new DirectoryArchive(Path.of(directory));
            case "s3" -> new ObjectStoreArchive(new ObjectStoreClient(new ObjectStoreSettings(
                    endpoint.map(String::strip).map(URI::create).orElse(null), bucket.orElse(null), region, accessKey.orElse(null),
                    secretKey.orElse(null), pathStyle, Durations.parse(timeout)), clock));
            default -> throw new IllegalArgumentException("lienthong.archive.store is " + store + ": set directory or s3"
                    + " / lienthong.archive.store là " + store + ": hãy đặt directory hoặc s3");
        };
    }
}
