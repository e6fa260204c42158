package vn.lienthong.directory.federation;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
        upstream.truststore().ifPresent(file -> builder.sslContext(PeerTls.trusting(file, upstream.truststorePassword())));
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
}
