package vn.lienthong.it.support;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

/**
 * The first server under test over HTTPS, as a browser or a Prometheus scraper reaches it: trusting
 * the test CA's server key on the production configuration (the suite's default trust store), the key
 * Liberty generated on the embedded one. Each client keeps its own cookies (a signed-in session) and
 * follows no redirect, so that tests see where the server sends them.
 */
public final class Https {

    public static final String URL = System.getProperty("it.https.url", "https://localhost:9543");

    private Https() {
    }

    /** A fresh client with an empty cookie jar. */
    public static HttpClient newClient() {
        return newClient(new CookieManager());
    }

    /** A fresh client keeping its cookies in {@code cookies}. */
    public static HttpClient newClient(CookieManager cookies) {
        return HttpClient.newBuilder().sslContext(tls()).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(URL + path)).timeout(Duration.ofSeconds(60));
    }

    /** The request with HTTP Basic credentials. */
    public static HttpRequest.Builder request(String path, String user, String password) {
        return request(path).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static HubResponse send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new HubResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext tls() {
        if (Hub.REQUIRES_TLS) {
            try {
                return SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return TestPki.trustingServer(System.getProperty("it.server.name", "lienthong-it"));
    }
}
