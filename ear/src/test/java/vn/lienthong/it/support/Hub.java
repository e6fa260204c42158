package vn.lienthong.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The hub under test, reached over HTTP like any agency software would. */
public final class Hub {

    public static final String BASE_URL = System.getProperty("it.base.url", "http://localhost:9180");
    /** The second server of the production configuration, sharing the first one's database and broker. */
    public static final String SECOND_BASE_URL = System.getProperty("it.second.base.url", "http://localhost:9480");
    /**
     * The first server's plain-HTTP port. On the production configuration the suite talks HTTPS
     * ({@link #BASE_URL}), since credentials are refused over plain HTTP there.
     */
    public static final String PLAIN_URL = System.getProperty("it.plain.url", "http://localhost:9180");
    /** Whether the server under test requires TLS for credentials (the production configuration does). */
    public static final boolean REQUIRES_TLS = "production".equals(System.getProperty("it.configuration"));
    public static final String SAMPLE_SECRET = System.getProperty("it.sample.secret", "lienthong-dev-secret");
    /** The administrator account of the server's basic registry (admin-basic.xml). */
    public static final String ADMIN_USER = System.getProperty("it.admin.user", "admin");
    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "lienthong-dev-admin");

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Hub() {
    }

    /** Software of a sample agency, signed in with the sample secret. */
    public static AgencyClient as(String agencyCode) {
        return new AgencyClient(BASE_URL, agencyCode, SAMPLE_SECRET);
    }

    public static AgencyClient as(String agencyCode, String secret) {
        return new AgencyClient(BASE_URL, agencyCode, secret);
    }

    /** Software of a sample agency talking to the server at {@code baseUrl}. */
    public static AgencyClient at(String baseUrl, String agencyCode) {
        return new AgencyClient(baseUrl, agencyCode, SAMPLE_SECRET);
    }

    /** Software of a sample agency talking to the second server of the production configuration. */
    public static AgencyClient onSecondServer(String agencyCode) {
        return new AgencyClient(SECOND_BASE_URL, agencyCode, SAMPLE_SECRET);
    }

    /** An administrator, signed in with an account of the server's user registry. */
    public static AgencyClient admin() {
        return new AgencyClient(BASE_URL, ADMIN_USER, ADMIN_PASSWORD);
    }

    /** An administrator of the server at {@code baseUrl}. */
    public static AgencyClient adminAt(String baseUrl) {
        return new AgencyClient(baseUrl, ADMIN_USER, ADMIN_PASSWORD);
    }

    /** Anyone with any user name and password: used to check refusals. */
    public static AgencyClient signedInAs(String user, String password) {
        return new AgencyClient(BASE_URL, user, password);
    }

    /** Anyone, talking to the server at {@code baseUrl}. */
    public static AgencyClient signedInAt(String baseUrl, String user, String password) {
        return new AgencyClient(baseUrl, user, password);
    }

    /** A caller that never signs in. */
    public static AgencyClient anonymous() {
        return new AgencyClient(BASE_URL, null, null);
    }

    /** A caller that does not sign in at all. */
    public static HubResponse anonymousGet(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    static URI uri(String path) {
        return URI.create(BASE_URL + path);
    }

    static URI uri(String baseUrl, String path) {
        return URI.create(baseUrl + path);
    }

    /** Any request, exactly as built (headers included). */
    public static HubResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new HubResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
