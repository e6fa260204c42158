package vn.lienthong.client.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One request with the retries {@link RetryPolicy} allows: what may be retried depends on the
 * request ({@link Retry}), never on hope. A refusal (4xx) is never retried except the few the hub
 * documents as "send the same request again" ({@code NOT_YET_DELIVERED}, {@code CONCURRENT_UPDATE}).
 */
final class Transport {

    /** Which failures a request may be repeated after. */
    enum Retry {
        /** Reads, acknowledgements and sends with an idempotency key: every transient failure. */
        ALWAYS,
        /** A request that could create something twice if it reached the hub: only when it surely did not (503, refused connection). */
        IF_NOT_RECEIVED
    }

    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final HttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    Transport(HttpClient http, RetryPolicy policy, Sleeper sleeper) {
        this.http = http;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    <T> HttpResponse<T> send(Supplier<HttpRequest> request, HttpResponse.BodyHandler<T> handler, Retry retry)
            throws HubException, IOException {
        int attempt = 0;
        while (true) {
            HttpResponse<T> response;
            try {
                response = http.send(request.get(), handler);
            } catch (IOException e) {
                boolean notReceived = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
                boolean transientFailure = notReceived || e instanceof HttpTimeoutException || isConnectionFailure(e);
                if (transientFailure && (retry == Retry.ALWAYS || notReceived) && attempt < policy.retries()) {
                    pause(++attempt, null);
                    continue;
                }
                if (transientFailure) {
                    throw new HubException(0, null, "The hub could not be reached: " + e, e);
                }
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted", e);
            }
            int status = response.statusCode();
            if (status < 400) {
                return response;
            }
            byte[] body = bodyBytes(response.body());
            JsonObject problem = problem(body);
            HubException refusal = new HubException(status, problem, describe(status, problem, body), null);
            boolean retryable = refusal.unavailable() || "CONCURRENT_UPDATE".equals(refusal.code())
                    || "NOT_YET_DELIVERED".equals(refusal.code());
            if (retryable && attempt < policy.retries()) {
                pause(++attempt, response.headers().firstValue("Retry-After").map(Transport::seconds).orElse(null));
                continue;
            }
            throw refusal;
        }
    }

    private void pause(int attempt, Duration retryAfter) throws IOException {
        try {
            sleeper.sleep(policy.wait(attempt, retryAfter));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting to retry", e);
        }
    }

    /** A reset or closed connection (the JDK reports these as plain IOExceptions). */
    private static boolean isConnectionFailure(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("reset") || m.contains("closed") || m.contains("eof") || m.contains("broken pipe")
                || e instanceof java.net.SocketException;
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static byte[] bodyBytes(Object body) throws IOException {
        if (body instanceof byte[] bytes) {
            return bytes;
        } else if (body instanceof InputStream in) {
            try (in) {
                return in.readNBytes(64 * 1024);
            }
        } else if (body instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return new byte[0];
    }

    static JsonObject problem(byte[] body) {
        if (body.length == 0 || body[0] != '{') {
            return null;
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        } catch (JsonException e) {
            return null;
        }
    }

    private static String describe(int status, JsonObject problem, byte[] body) {
        if (problem != null) {
            String element = problem.getString("element", null);
            return "HTTP " + status + " " + problem.getString("code", "") + ": " + problem.getString("detail", problem.getString("title", ""))
                    + (element == null ? "" : " (element " + element + ")");
        }
        String text = new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8);
        return "HTTP " + status + (text.isBlank() ? "" : ": " + text);
    }
}
