package vn.lienthong.signature.revocation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The CRL files an operator keeps in a directory (DER or PEM, any file name), for CAs whose
 * services the hub cannot reach. The directory is looked at again at most every
 * {@link #RESCAN}: a file added, replaced or removed counts from then on; an unchanged file is not
 * read again. A file that is not a CRL is skipped with a warning, once per version of the file.
 */
public final class CrlDirectory {

    /** How often the directory is looked at for new or replaced files. */
    public static final Duration RESCAN = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(CrlDirectory.class.getName());

    /** A CRL read from a file, and the issuer keys its signature was found to verify with. */
    record Loaded(Path file, X509CRL crl, Set<PublicKey> verifiedWith) {
        boolean signedBy(X509Certificate issuer) {
            PublicKey key = issuer.getPublicKey();
            if (verifiedWith.contains(key)) {
                return true;
            }
            try {
                crl.verify(key);
                verifiedWith.add(key);
                return true;
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
    }

    private record Version(long size, Instant modified) {
    }

    private record Snapshot(Map<Path, Version> versions, List<Loaded> crls, Instant scannedAt) {
    }

    private final Path directory;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public CrlDirectory(Path directory, Clock clock) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("The CRL directory " + directory + " does not exist "
                    + "(lienthong.signature.revocation.crl-dir)");
        }
        this.directory = directory;
        this.clock = clock;
        this.snapshot = scan(new Snapshot(Map.of(), List.of(), Instant.EPOCH));
    }

    public Path directory() {
        return directory;
    }

    /**
     * The newest CRL (by thisUpdate) of {@code issuer} in the directory: named by it, and signed with
     * its key. Whether it is still current is the caller's judgement.
     */
    Optional<Loaded> newestOf(X509Certificate issuer) {
        Snapshot current = snapshot;
        if (current.scannedAt().plus(RESCAN).isBefore(clock.instant())) {
            current = rescan();
        }
        return current.crls().stream()
                .filter(l -> l.crl().getIssuerX500Principal().equals(issuer.getSubjectX500Principal()))
                .filter(l -> l.signedBy(issuer))
                .max(Comparator.comparing(l -> l.crl().getThisUpdate()));
    }

    private synchronized Snapshot rescan() {
        if (snapshot.scannedAt().plus(RESCAN).isBefore(clock.instant())) {
            snapshot = scan(snapshot);
        }
        return snapshot;
    }

    private Snapshot scan(Snapshot before) {
        Map<Path, Version> versions = new TreeMap<>();
        List<Loaded> crls = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    continue;
                }
                Version version = new Version(attributes.size(), attributes.lastModifiedTime().toInstant());
                versions.put(file, version);
                if (version.equals(before.versions().get(file))) {
                    before.crls().stream().filter(l -> l.file().equals(file)).forEach(crls::add);
                } else {
                    crls.addAll(read(file));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The CRL directory {0} cannot be read ({1}); the CRLs read before stay in use",
                    new Object[]{directory, e.toString()});
            return new Snapshot(before.versions(), before.crls(), clock.instant());
        }
        return new Snapshot(versions, List.copyOf(crls), clock.instant());
    }

    private static List<Loaded> read(Path file) {
        List<Loaded> loaded = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (CRL crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
                if (crl instanceof X509CRL x509) {
                    loaded.add(new Loaded(file, x509, ConcurrentHashMap.newKeySet()));
                }
            }
            LOG.log(Level.INFO, "CRL file {0}: {1} CRL(s) read", new Object[]{file, loaded.size()});
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.WARNING, "The file {0} in the CRL directory is not a CRL (DER or PEM) and is skipped: {1}",
                    new Object[]{file, e.getMessage()});
        }
        return loaded;
    }
}
