package vn.lienthong.procedure.portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP client of the national public service portal (Cổng Dịch vụ công quốc gia), following the
 * protocol of docs/procedures.md: a session from {@code POST session}, sent as header
 * {@value #SESSION_HEADER} with every call and renewed once when the portal answers 401; per
 * dossier look up, create or update (a create answered 409 "already exists" becomes an update),
 * then push the step-log entry; a published answer to citizen feedback is created, or updated on 409.
 * Every call has the configured timeout; a timeout, a 5xx or any
 * other unexpected answer is a {@link PortalException}, which the outbox retries.
 */
public final class PortalClient {

    static final String SESSION_HEADER = "X-Portal-Session";

    private final URI base;
    private final String user;
    private final String password;
    private final Duration timeout;
    private final HttpClient http;
    private volatile String session;

    public PortalClient(URI base, String user, String password, Duration timeout) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends one change: the dossier's record, then its step-log entry. */
    public void send(JsonObject payload) {
        JsonObject record = payload.getJsonObject("HoSo");
        String code = record.getString("MaHoSo");
        if (lookUp(code).isPresent()) {
            update(code, record);
        } else {
            HttpResponse<String> created = call(json("POST", "dossiers", record));
            if (created.statusCode() == 409) {
                update(code, record); // "already exists": an earlier attempt got through before it timed out
            } else {
                expect(created, "create " + code);
            }
        }
        expect(call(json("POST", "dossiers/" + path(code) + "/steps", payload.getJsonObject("BuocXuLy"))), "step log of " + code);
    }

    /**
     * Publishes the answer to a citizen's feedback (phản ánh, kiến nghị): create, or update when the
     * portal already has it (an earlier attempt got through before it timed out, or the answer was
     * published again).
     */
    public void publishFeedback(JsonObject record) {
        String code = record.getString("MaPhanAnh");
        HttpResponse<String> created = call(json("POST", "feedback", record));
        if (created.statusCode() == 409) {
            expect(call(json("PUT", "feedback/" + path(code), record)), "update feedback " + code);
        } else {
            expect(created, "publish feedback " + code);
        }
    }

    /** @return the portal's record of the dossier, empty when the portal does not know it */
    public Optional<JsonObject> lookUp(String code) {
        HttpResponse<String> response = call(() -> request("dossiers/" + path(code)).GET());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        expect(response, "look up " + code);
        return Optional.of(parse(response.body()));
    }

    private void update(String code, JsonObject record) {
        expect(call(json("PUT", "dossiers/" + path(code), record)), "update " + code);
    }

    private interface RequestFactory {
        HttpRequest.Builder build();
    }

    private RequestFactory json(String method, String path, JsonObject body) {
        return () -> request(path).header("Content-Type", "application/json; charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "application/json");
    }

    /** One call with a session; an expired session (401) is renewed and the call made once more. */
    private HttpResponse<String> call(RequestFactory factory) {
        String current = session != null ? session : logIn();
        HttpResponse<String> response = exchange(factory.build().header(SESSION_HEADER, current).build());
        if (response.statusCode() == 401) {
            session = null;
            response = exchange(factory.build().header(SESSION_HEADER, logIn()).build());
        }
        return response;
    }

    private synchronized String logIn() {
        JsonObject credentials = Json.createObjectBuilder().add("username", user).add("password", password).build();
        HttpResponse<String> response = exchange(request("session").header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(credentials.toString(), StandardCharsets.UTF_8)).build());
        expect(response, "log in");
        String token = parse(response.body()).getString("session", null);
        if (token == null || token.isBlank()) {
            throw new PortalException("The portal's log-in answer has no session");
        }
        session = token;
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.http.HttpTimeoutException e) {
            throw new PortalException(request.method() + " " + request.uri().getPath() + ": no answer within " + timeout, e);
        } catch (IOException e) {
            throw new PortalException(request.method() + " " + request.uri().getPath() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalException("interrupted", e);
        }
    }

    private static void expect(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ").strip();
            throw new PortalException(what + ": HTTP " + status + (body.isEmpty() ? "" : " " + PortalPayload.cut(body, 300)));
        }
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new PortalException("The portal answered something that is not a JSON object: " + PortalPayload.cut(body, 200), e);
        }
    }

    private static String path(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
