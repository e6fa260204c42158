package vn.lienthong.directory.federation;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;

/**
 * This instance's HTTP connection to its upstream hub: TLS trusting the configured truststore (PKCS12,
 * JKS or a PEM file) or the JVM's default trust, signed in with this instance's account there (HTTP
 * Basic, as an agency signs in), each call within the federation's timeout.
 */
public final class UpstreamConnection {

    private final Upstream upstream;
    private final Duration timeout;
    private final HttpClient http;

    public UpstreamConnection(Upstream upstream, Duration timeout) {
        this.upstream = upstream;
        this.timeout = timeout;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER);
        upstream.truststore().ifPresent(file -> builder.sslContext(trusting(file, upstream.truststorePassword())));
        this.http = builder.build();
    }

    public HttpClient http() {
        return http;
    }

    /** A request to {@code path} under the upstream's REST base, signed in, with the timeout. */
    public HttpRequest.Builder request(String path) {
        String credentials = upstream.user() + ":" + upstream.password();
        return HttpRequest.newBuilder(upstream.base().resolve(path)).timeout(timeout)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    public Upstream upstream() {
        return upstream;
    }

    private static SSLContext trusting(Path file, String password) {
        try {
            KeyStore store;
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
                store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                try (InputStream in = Files.newInputStream(file)) {
                    int n = 0;
                    for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                        store.setCertificateEntry("upstream-" + n++, certificate);
                    }
                }
            } else {
                // PKCS12 reads JKS files too (keystore.type.compat).
                store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password.isEmpty() ? null : password.toCharArray());
                }
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("lienthong.federation.upstream.truststore " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
