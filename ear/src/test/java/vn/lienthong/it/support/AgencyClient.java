package vn.lienthong.it.support;

import jakarta.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the hub as one agency's document-management software. */
public final class AgencyClient {

    private final String baseUrl;
    private final String code;
    private final String authorization;
    /** The client address a trusted proxy forwards (X-Forwarded-For), or null: the connection's own. */
    private final String clientAddress;

    AgencyClient(String baseUrl, String code, String secret) {
        this(baseUrl, code, code == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((code + ":" + secret).getBytes(StandardCharsets.UTF_8)), null);
    }

    private AgencyClient(String baseUrl, String code, String authorization, String clientAddress) {
        this.baseUrl = baseUrl;
        this.code = code;
        this.authorization = authorization;
        this.clientAddress = clientAddress;
    }

    /**
     * The same caller, seen by the hub as coming from {@code address}: the servers under test trust
     * loopback as a reverse proxy (http.trusted.proxies), so the limits count this address.
     */
    public AgencyClient from(String address) {
        return new AgencyClient(baseUrl, code, authorization, address);
    }

    /** The same caller, talking to the server at {@code otherBaseUrl}. */
    public AgencyClient at(String otherBaseUrl) {
        return new AgencyClient(otherBaseUrl, code, authorization, clientAddress);
    }

    public String code() {
        return code;
    }

    /** The same agency's software, talking to the second server of the production configuration. */
    public AgencyClient onSecondServer() {
        return Hub.onSecondServer(code);
    }

    public HubResponse get(String path) {
        return Hub.send(request(path).GET());
    }

    public HubResponse postXml(String path, byte[] body) {
        return Hub.send(request(path).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a package with an Idempotency-Key header, as a client that retries safely does. */
    public HubResponse postXml(String path, byte[] body, String idempotencyKey) {
        return Hub.send(request(path).header("Content-Type", "application/xml").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HubResponse postJson(String path, String json) {
        return Hub.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HubResponse putJson(String path, String json) {
        return Hub.send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HubResponse delete(String path) {
        return Hub.send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(Hub.uri(baseUrl, path));
        if (clientAddress != null) {
            builder.header("X-Forwarded-For", clientAddress);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    /** Any request, with this caller's credentials and address. */
    public HubResponse send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = request(path).method(method, body);
        return Hub.send(contentType == null ? builder : builder.header("Content-Type", contentType));
    }

    /** Sends a document package; returns the hub's document id. Fails the test unless it is accepted. */
    public String send(String edxml) {
        HubResponse response = postXml("/api/v1/documents", edxml.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as("send answered %s", response).isEqualTo(201);
        return response.json().getString("documentId");
    }

    public HubResponse report(String statusPackage) {
        return postXml("/api/v1/statuses", statusPackage.getBytes(StandardCharsets.UTF_8));
    }

    /** Several status packages in one {@code multipart/form-data} call, parts named s0.edxml, s1.edxml, … */
    public HubResponse reportMany(List<String> statusPackages) {
        String boundary = "it-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < statusPackages.size(); i++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"status\"; filename=\"s" + i
                    + ".edxml\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(statusPackages.get(i).getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", "/api/v1/statuses/batch", "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    public HubResponse fetch(String documentId) {
        return get("/api/v1/inbox/" + documentId);
    }

    public HubResponse acknowledge(String documentId, String result, String reason) {
        String body = reason == null ? "{\"result\":\"" + result + "\"}"
                : "{\"result\":\"" + result + "\",\"reason\":\"" + reason + "\"}";
        return postJson("/api/v1/inbox/" + documentId + "/ack", body);
    }

    public JsonObject sent(String documentId) {
        HubResponse response = get("/api/v1/sent/" + documentId);
        assertThat(response.status()).as("sent view answered %s", response).isEqualTo(200);
        return response.json();
    }

    /** The inbox entry for the document, waiting until the delivery consumer has put it there. */
    public JsonObject awaitInInbox(String documentId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonObject> item = inboxItem(documentId);
            if (item.isPresent()) {
                return item.get();
            }
            pause();
        }
        throw new AssertionError("Document " + documentId + " did not reach the inbox of " + code + " within 60 s");
    }

    /**
     * Confirms everything waiting in this agency's inbox with the single calls, so a test that counts
     * "the waiting packages" starts from an empty inbox even on a server an earlier run left behind.
     */
    public void confirmEverythingWaiting() {
        HubResponse page;
        do {
            page = get("/api/v1/inbox?limit=500");
            assertThat(page.status()).as("inbox answered %s", page).isEqualTo(200);
            for (JsonObject item : page.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(acknowledge(item.getString("documentId"), "done", null).status()).isEqualTo(200);
            }
        } while (!page.json().getJsonArray("items").isEmpty());
    }

    public Optional<JsonObject> inboxItem(String documentId) {
        String cursor = null;
        do {
            HubResponse page = get("/api/v1/inbox?includeFetched=true&limit=500" + (cursor == null ? "" : "&after=" + cursor));
            assertThat(page.status()).as("inbox answered %s", page).isEqualTo(200);
            JsonObject json = page.json();
            for (JsonObject item : json.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (item.getString("documentId").equals(documentId)) {
                    return Optional.of(item);
                }
            }
            cursor = json.containsKey("nextCursor") && !json.isNull("nextCursor") ? json.getString("nextCursor") : null;
        } while (cursor != null);
        return Optional.empty();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
