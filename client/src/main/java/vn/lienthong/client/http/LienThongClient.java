package vn.lienthong.client.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An agency's software talking to the hub over REST v1 (docs/api.md), signed in as the agency with
 * HTTP Basic (or a client certificate through {@link LienThongClientBuilder#sslContext}). Packages stream from and
 * to files: memory does not grow with their size. Every refusal is a {@link HubException}.
 */
public final class LienThongClient {

    /** Slowest transfer rate a package upload is given time for, beyond the plain timeout. */
    private static final long MIN_BYTES_PER_SECOND = 256 * 1024;

    private final URI api;
    private final String agency;
    private final String authorization;
    private final Duration timeout;
    private final Transport transport;

    LienThongClient(LienThongClientBuilder b) {
        String base = b.url.replaceAll("/+$", "");
        this.api = URI.create(base.endsWith("/api/v1") ? base : base + "/api/v1");
        this.agency = b.agency;
        this.authorization = b.agency == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((b.agency + ":" + b.secret).getBytes(StandardCharsets.UTF_8));
        this.timeout = b.timeout;
        HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(b.connectTimeout);
        if (b.ssl != null) {
            http.sslContext(b.ssl);
        }
        this.transport = new Transport(http.build(), b.retry, b.sleeper);
    }

    /** {@code hubUrl}: {@code https://host:9443} or the API root {@code https://host:9443/api/v1}. */
    public static LienThongClientBuilder builder(String hubUrl) {
        return new LienThongClientBuilder(hubUrl);
    }

    public String agency() {
        return agency;
    }

    /**
     * Sends a document package ({@code POST /documents}) under {@code idempotencyKey}: every retry
     * carries the same key and the same bytes, so the hub makes one document however often the
     * request is repeated.
     */
    public Sent send(Path pkg, String idempotencyKey, Progress progress) throws HubException, IOException {
        HttpResponse<byte[]> r = transport.send(() -> upload("/documents", pkg, progress).header("Idempotency-Key", idempotencyKey).build(),
                HttpResponse.BodyHandlers.ofByteArray(), Transport.Retry.ALWAYS);
        JsonObject answer = json(r.body());
        return new Sent(answer.getString("documentId"), r.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false), answer);
    }

    /** Sends under the package's own key ({@link #idempotencyKeyOf}): sending the same file again is a retry. */
    public Sent send(Path pkg) throws HubException, IOException {
        return send(pkg, idempotencyKeyOf(pkg), Progress.NONE);
    }

    /** A key that names the package's bytes: {@code sha256-<hex>}. */
    public static String idempotencyKeyOf(Path pkg) throws IOException {
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(pkg), 1 << 16), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return "sha256-" + HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code GET /inbox}: documents waiting to be fetched (also the confirmed ones with {@code includeFetched}). */
    public InboxPage inbox(int limit, String after, boolean includeFetched) throws HubException, IOException {
        String query = "?limit=" + limit + (after == null ? "" : "&after=" + encode(after)) + (includeFetched ? "&includeFetched=true" : "");
        JsonObject page = getJson("/inbox" + query);
        JsonValue next = page.get("nextCursor");
        return new InboxPage(page.getJsonArray("items").getValuesAs(JsonObject.class),
                next == null || next.getValueType() == JsonValue.ValueType.NULL ? null : page.getString("nextCursor"));
    }

    /**
     * Fetches a package ({@code GET /inbox/{id}}) into {@code target}, streamed through a temporary
     * file beside it and moved into place only once its SHA-256 matches the hub's {@code ETag}.
     */
    public Fetched fetch(String documentId, Path target, Progress progress) throws HubException, IOException {
        Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".part");
        try {
            Fetched fetched;
            try (OutputStream out = Files.newOutputStream(partial)) {
                fetched = fetch(documentId, out, progress);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Fetched(documentId, target, fetched.size(), fetched.sha256());
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Fetches a package into {@code out} as it arrives (constant memory); an {@code IOException} after
     * the last byte when its SHA-256 is not the hub's {@code ETag} — what was written must then be discarded.
     */
    public Fetched fetch(String documentId, OutputStream out, Progress progress) throws HubException, IOException {
        HttpResponse<InputStream> r = transport.send(() -> request("/inbox/" + encode(documentId)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream(), Transport.Retry.ALWAYS);
        long total = r.headers().firstValueAsLong("Content-Length").orElse(-1);
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size;
        try (InputStream in = new DigestInputStream(new CountingInputStream(r.body(), progress, total), sha256)) {
            size = in.transferTo(out);
        }
        String actual = HexFormat.of().formatHex(sha256.digest());
        String etag = r.headers().firstValue("ETag").map(t -> t.replace("\"", "")).orElse(null);
        if (etag != null && !etag.equalsIgnoreCase(actual)) {
            throw new IOException("The package of " + documentId + " arrived damaged: SHA-256 " + actual + ", the hub says " + etag);
        }
        return new Fetched(documentId, null, size, actual);
    }

    /** The inbox's batch calls: many packages fetched, and acknowledged, in two calls. */
    public InboxBatches batches() {
        return new InboxBatches(this);
    }

    /** {@code POST /inbox/{id}/ack} done: the package is taken in and leaves the waiting list. Repeating it is harmless. */
    public JsonObject acknowledge(String documentId) throws HubException, IOException {
        return postJson("/inbox/" + encode(documentId) + "/ack", "{\"result\":\"done\"}");
    }

    /** {@code POST /inbox/{id}/ack} failed: it stays waiting and the sender sees {@code reason}. */
    public JsonObject acknowledgeFailure(String documentId, String reason) throws HubException, IOException {
        return postJson("/inbox/" + encode(documentId) + "/ack",
                Json.createObjectBuilder().add("result", "failed").add("reason", reason).build().toString());
    }

    /**
     * Sends a status package ({@code POST /statuses}). Retried only when the hub surely did not get
     * it (503, connection refused): the status API takes no idempotency key.
     */
    public JsonObject sendStatus(Path statusPackage) throws HubException, IOException {
        return json(transport.send(() -> upload("/statuses", statusPackage, Progress.NONE).build(),
                HttpResponse.BodyHandlers.ofByteArray(), Transport.Retry.IF_NOT_RECEIVED).body());
    }

    /** {@code GET /sent/{id}}: every recipient's transport state and business statuses. */
    public JsonObject sent(String documentId) throws HubException, IOException {
        return getJson("/sent/" + encode(documentId));
    }

    /** {@code GET /receipts/{id}}: the signed acceptance receipt (CMS, DER). */
    public byte[] receipt(String documentId) throws HubException, IOException {
        return getBytes("/receipts/" + encode(documentId));
    }

    /** {@code GET /receipts/{id}/deliveries/{recipient}}: the signed delivery receipt, once the recipient confirmed. */
    public byte[] deliveryReceipt(String documentId, String recipient) throws HubException, IOException {
        return getBytes("/receipts/" + encode(documentId) + "/deliveries/" + encode(recipient));
    }

    /** {@code GET /hub/certificate}. Pin it from a trusted channel: fetched over the same connection it proves little. */
    public X509Certificate hubCertificate() throws HubException, IOException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(getBytes("/hub/certificate")));
        } catch (CertificateException e) {
            throw new IOException("The hub's certificate cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@code GET /directory/snapshot}: every agency as of a cursor, signed by the hub. */
    public SignedBody directorySnapshot() throws HubException, IOException {
        return signed("/directory/snapshot");
    }

    /** {@code GET /directory/changes?since=&limit=}, signed by the hub. */
    public SignedBody directoryChanges(long since, int limit) throws HubException, IOException {
        return signed("/directory/changes?since=" + since + "&limit=" + limit);
    }

    private SignedBody signed(String path) throws HubException, IOException {
        HttpResponse<byte[]> r = transport.send(() -> request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray(), Transport.Retry.ALWAYS);
        return new SignedBody(r.body(), r.headers().firstValue("Lienthong-Signature").orElse(null));
    }

    Transport transport() {
        return transport;
    }

    private JsonObject getJson(String path) throws HubException, IOException {
        return json(getBytes(path));
    }

    private byte[] getBytes(String path) throws HubException, IOException {
        return transport.send(() -> request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray(), Transport.Retry.ALWAYS).body();
    }

    private JsonObject postJson(String path, String body) throws HubException, IOException {
        return json(transport.send(() -> request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray(), Transport.Retry.ALWAYS).body());
    }

    private HttpRequest.Builder upload(String path, Path file, Progress progress) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), progress, size);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }), size);
        return request(path).timeout(timeout.plusSeconds(size / MIN_BYTES_PER_SECOND))
                .header("Content-Type", "application/xml").POST(body);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path)).timeout(timeout);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static JsonObject json(byte[] body) throws IOException {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new IOException("The hub's answer is not the JSON object expected: " + e.getMessage(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
