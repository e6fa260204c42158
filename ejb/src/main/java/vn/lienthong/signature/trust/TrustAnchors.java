package vn.lienthong.signature.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The certificate authorities whose signing certificates the hub trusts, from the operator's
 * truststore: a PKCS12 or JKS file with its password, or a PEM bundle (one or more
 * {@code -----BEGIN CERTIFICATE-----} blocks, no password).
 */
public final class TrustAnchors {

    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> certificates;

    private TrustAnchors(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
        Set<TrustAnchor> set = new HashSet<>();
        for (X509Certificate c : certificates) {
            set.add(new TrustAnchor(c, null));
        }
        this.anchors = Collections.unmodifiableSet(set);
    }

    public static TrustAnchors of(List<X509Certificate> certificates) {
        return new TrustAnchors(certificates);
    }

    /** No anchor at all: every signature is then untrusted (a hub not yet configured). */
    public static TrustAnchors none() {
        return new TrustAnchors(List.of());
    }

    public static TrustAnchors load(Path file, char[] password) throws IOException, GeneralSecurityException {
        byte[] bytes = Files.readAllBytes(file);
        String start = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.US_ASCII);
        if (start.contains("-----BEGIN")) {
            List<X509Certificate> list = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file)) {
                for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    list.add((X509Certificate) c);
                }
            }
            return new TrustAnchors(list);
        }
        String type = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        List<X509Certificate> list = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.getCertificate(alias) instanceof X509Certificate c) {
                list.add(c);
            }
        }
        return new TrustAnchors(list);
    }

    public Set<TrustAnchor> anchors() {
        return anchors;
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    public boolean isEmpty() {
        return certificates.isEmpty();
    }
}
