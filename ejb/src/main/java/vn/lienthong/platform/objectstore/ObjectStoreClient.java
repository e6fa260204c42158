package vn.lienthong.platform.objectstore;

import vn.lienthong.platform.crypto.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four S3 REST operations the hub needs (PUT, GET, HEAD, DELETE of one object), signed with
 * Signature Version 4 over {@code java.net.http}: a few hundred lines instead of an SDK of many
 * megabytes and its own HTTP stack inside the application server. A PUT is signed with the SHA-256 the
 * body must have, so the store itself refuses a body that is not those bytes (S3 answers
 * {@code XAmzContentSHA256Mismatch}); the client digests what it sends as well, whatever the store checks.
 */
public final class ObjectStoreClient {

    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final Pattern ERROR_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");
    private static final String EMPTY_SHA256 = Sha256.hex(new byte[0]);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final ObjectStoreSettings settings;
    private final SigV4Signer signer;
    private final HttpClient http;
    private final Clock clock;

    public ObjectStoreClient(ObjectStoreSettings settings, Clock clock) {
        this.settings = settings;
        this.signer = new SigV4Signer(settings.accessKey(), settings.secretKey(), settings.region(), "s3");
        this.clock = clock;
        // A store that does not answer the connection is away: no need to wait the upload's allowance for that.
        Duration connect = settings.timeout().compareTo(CONNECT_TIMEOUT) < 0 ? settings.timeout() : CONNECT_TIMEOUT;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What a PUT sent, digested on the way: the hub's own account of the bytes, whatever the store checked. */
    public record Sent(long bytes, String sha256, String md5) {
    }

    /** An object's length and entity tag, as HEAD answers them. */
    public record Head(long contentLength, String etag) {
    }

    /**
     * Stores {@code body} ({@code length} bytes, whose SHA-256 must be {@code sha256}) under {@code key}, replacing
     * what was there.
     *
     * @throws ObjectStoreException when the store refuses it or cannot be reached
     */
    public Sent put(String key, InputStream body, long length, String sha256) {
        MessageDigest sha = Sha256.newDigest();
        MessageDigest md5 = md5();
        long[] count = new long[1];
        InputStream digesting = new DigestInputStream(new DigestInputStream(body, sha), md5) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count[0]++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count[0] += n;
                }
                return n;
            }
        };
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> digesting), length);
        HttpResponse<String> response = send("PUT", key, sha256.toLowerCase(), publisher,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw refused("PUT", key, response.statusCode(), response.body());
        }
        return new Sent(count[0], HexFormat.of().formatHex(sha.digest()), HexFormat.of().formatHex(md5.digest()));
    }

    /** The object's length and entity tag, or empty when there is no such object. */
    public Optional<Head> head(String key) {
        HttpResponse<Void> response = send("HEAD", key, EMPTY_SHA256, HttpRequest.BodyPublishers.noBody(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw refused("HEAD", key, response.statusCode(), "");
        }
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        return Optional.of(new Head(length.orElse(-1), response.headers().firstValue("ETag").orElse("").replace("\"", "")));
    }

    /**
     * The object's bytes as they arrive.
     *
     * @throws ObjectStoreException with status 404 when there is no such object, or whatever else the store answered
     */
    public InputStream get(String key) {
        HttpResponse<InputStream> response = send("GET", key, EMPTY_SHA256, HttpRequest.BodyPublishers.noBody(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            String error;
            try (InputStream in = response.body()) {
                error = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            } catch (IOException e) {
                error = "";
            }
            throw refused("GET", key, response.statusCode(), error);
        }
        return response.body();
    }

    /** Removes the object; removing one that is not there is no error (S3 answers 204 either way). */
    public void delete(String key) {
        HttpResponse<String> response = send("DELETE", key, EMPTY_SHA256, HttpRequest.BodyPublishers.noBody(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 204 && response.statusCode() != 200 && response.statusCode() != 404) {
            throw refused("DELETE", key, response.statusCode(), response.body());
        }
    }

    public String describe(String key) {
        return settings.describe(key);
    }

    private <T> HttpResponse<T> send(String method, String key, String payloadHash, HttpRequest.BodyPublisher body,
                                     HttpResponse.BodyHandler<T> handler) {
        URI uri = settings.objectUri(key);
        String amzDate = SigV4Signer.amzDate(clock.instant());
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("host", uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        signed.put("x-amz-content-sha256", payloadHash);
        signed.put("x-amz-date", amzDate);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).method(method, body)
                .header("x-amz-content-sha256", payloadHash)
                .header("x-amz-date", amzDate)
                .header("Authorization", signer.authorization(method, uri.getRawPath(), "", signed, payloadHash))
                .build();
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new ObjectStoreException(method + " " + describe(key) + " failed: " + e + " / không gửi được yêu cầu tới kho đối tượng", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ObjectStoreException(method + " " + describe(key) + " was interrupted", e);
        }
    }

    private ObjectStoreException refused(String method, String key, int status, String body) {
        String code = first(ERROR_CODE, body).orElse(status == 403 ? "AccessDenied" : status == 404 ? "NoSuchKey" : "HTTP " + status);
        String message = first(ERROR_MESSAGE, body).map(m -> ": " + m).orElse("");
        return new ObjectStoreException("The object store answered " + status + " " + code + message + " to " + method + " "
                + describe(key) + " / kho đối tượng trả lời " + status + " " + code, status, code);
    }

    private static Optional<String> first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body == null ? "" : body);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5"); // only to compare with the store's ETag, never for integrity alone
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("MD5 is part of every Java runtime", e));
        }
    }
}
