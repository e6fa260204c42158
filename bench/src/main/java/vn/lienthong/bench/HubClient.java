package vn.lienthong.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/** The hub's REST API (docs/api.md) as the agencies' software calls it: HTTP/1.1, Basic sign-in. */
final class HubClient implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String secret;
    private final ExecutorService executor = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2),
            daemon("bench-http"));
    private final HttpClient http;
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();

    HubClient(String baseUrl, String secret) {
        this.baseUrl = baseUrl;
        this.secret = secret;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(executor).build();
    }

    String baseUrl() {
        return baseUrl;
    }

    CompletableFuture<HttpResponse<String>> submit(PreparedPackage pkg) {
        HttpRequest.BodyPublisher body;
        try {
            body = HttpRequest.BodyPublishers.ofFile(pkg.file());
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest request = request(pkg.from(), "/documents").header("Content-Type", "application/xml").POST(body).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String agency, String path) {
        return send(request(agency, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> getAsync(String agency, String path) {
        return http.sendAsync(request(agency, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> fetch(String agency, String documentId) {
        return send(request(agency, "/inbox/" + documentId).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> acknowledge(String agency, String documentId) {
        return send(request(agency, "/inbox/" + documentId + "/ack").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"result\":\"done\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Several packages in one multipart/mixed answer (API v1 batch fetch). */
    HttpResponse<byte[]> fetchMany(String agency, List<String> documentIds) {
        String query = documentIds.stream().map(id -> "id=" + id).collect(Collectors.joining("&"));
        return send(request(agency, "/inbox/packages?" + query).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Several "done" acknowledgements in one call (API v1 batch acknowledgement). */
    HttpResponse<String> acknowledgeMany(String agency, List<String> documentIds) {
        String body = documentIds.stream().map(id -> "{\"documentId\":\"" + id + "\",\"result\":\"done\"}")
                .collect(Collectors.joining(",", "{\"acknowledgements\":[", "]}"));
        return send(request(agency, "/inbox/acks").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest.Builder request(String agency, String path) {
        String authorization = authorizations.computeIfAbsent(agency, code -> "Basic " + Base64.getEncoder()
                .encodeToString((code + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).header("Authorization", authorization);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
