package vn.lienthong.signature.revocation;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The revocation sources the operator configures per certificate authority, besides (and before)
 * those a certificate names itself: an OCSP responder that replaces the one in the certificates a CA
 * issued, CRLs to download from given addresses, and a directory of CRL files
 * (docs/signatures.md, "Revocation sources"). What lets a hub without access to the CAs' own
 * services, or with certificates that name none, still tell revoked signers from good ones.
 */
public final class RevocationSources {

    /** One {@code CA=url} pair of the settings. */
    public record ForAuthority(CertificateAuthorityName authority, URI url) {
        public ForAuthority {
            Objects.requireNonNull(authority);
            Objects.requireNonNull(url);
        }

        @Override
        public String toString() {
            return authority + "=" + url;
        }
    }

    private final List<ForAuthority> ocspResponders;
    private final List<ForAuthority> crlUrls;
    private final Optional<CrlDirectory> crlFiles;

    public RevocationSources(List<ForAuthority> ocspResponders, List<ForAuthority> crlUrls, Optional<CrlDirectory> crlFiles) {
        this.ocspResponders = List.copyOf(ocspResponders);
        this.crlUrls = List.copyOf(crlUrls);
        this.crlFiles = crlFiles;
    }

    /** Only what the certificates name. */
    public static RevocationSources none() {
        return new RevocationSources(List.of(), List.of(), Optional.empty());
    }

    /**
     * From the server variables: {@code ocspResponders} and {@code crlUrls} are lists of
     * {@code CA=url} pairs separated by {@code ;} (the CA by its CN or certificate fingerprint, see
     * {@link CertificateAuthorityName}), {@code crlDirectory} a directory path; each may be empty.
     *
     * @throws IllegalArgumentException naming the setting and the pair that cannot be read
     */
    public static RevocationSources parse(String ocspResponders, String crlUrls, String crlDirectory, Clock clock) {
        String directory = crlDirectory == null ? "" : crlDirectory.strip();
        return new RevocationSources(pairs("lienthong.signature.revocation.ocsp-responders", ocspResponders),
                pairs("lienthong.signature.revocation.crl-urls", crlUrls),
                directory.isEmpty() ? Optional.empty() : Optional.of(new CrlDirectory(Path.of(directory), clock)));
    }

    private static List<ForAuthority> pairs(String setting, String text) {
        List<ForAuthority> pairs = new ArrayList<>();
        if (text == null) {
            return pairs;
        }
        for (String item : text.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            String url = eq < 0 ? "" : item.substring(eq + 1).strip();
            if (eq <= 0 || !(url.startsWith("http://") || url.startsWith("https://"))) {
                throw new IllegalArgumentException(setting + ": '" + item.strip() + "' is not a pair CA=http(s)://address "
                        + "(the CA by its CN or the SHA-256 fingerprint of its certificate)");
            }
            try {
                pairs.add(new ForAuthority(new CertificateAuthorityName(item.substring(0, eq)), URI.create(url)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(setting + ": '" + item.strip() + "': " + e.getMessage(), e);
            }
        }
        return pairs;
    }

    /** The OCSP responder the operator names for the certificates {@code issuer} issued, instead of theirs. */
    public Optional<URI> ocspResponderFor(X509Certificate issuer) {
        return ocspResponders.stream().filter(p -> p.authority().matches(issuer)).map(ForAuthority::url).findFirst();
    }

    /** The addresses the operator names for {@code issuer}'s CRL, in the order configured. */
    public List<URI> crlUrlsFor(X509Certificate issuer) {
        return crlUrls.stream().filter(p -> p.authority().matches(issuer)).map(ForAuthority::url).toList();
    }

    /** The OCSP responders the operator configured, per CA (what the console lists). */
    public List<ForAuthority> ocspResponders() {
        return ocspResponders;
    }

    /** The CRL addresses the operator configured, per CA. */
    public List<ForAuthority> crlUrls() {
        return crlUrls;
    }

    /** The directory of CRL files, if one is configured. */
    public Optional<Path> crlDirectory() {
        return crlFiles.map(CrlDirectory::directory);
    }

    Optional<CrlDirectory> crlFiles() {
        return crlFiles;
    }

    public boolean isEmpty() {
        return ocspResponders.isEmpty() && crlUrls.isEmpty() && crlFiles.isEmpty();
    }

    @Override
    public String toString() {
        return "OCSP responders " + ocspResponders + ", CRL addresses " + crlUrls + ", CRL directory "
                + crlFiles.map(CrlDirectory::directory).map(Path::toString).orElse("none");
    }
}
