package vn.lienthong.directory.federation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.crypto.CmsSignatures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The upstream hub's directory as it serves it to every agency (docs/api.md, "Keeping a copy of the
 * directory"): {@code GET directory/snapshot} once, then {@code GET directory/changes?since=}. Every
 * answer's {@code Lienthong-Signature} (a detached CMS signature of the exact body, made with the
 * upstream's hub key) is checked against the upstream's pinned certificate before anything of it is
 * read: a page that does not verify is a failure of the round, never applied.
 */
public final class UpstreamDirectory {

    static final String SIGNATURE_HEADER = "Lienthong-Signature";

    /** One page of the upstream's change feed: each event as the agency's whole state after it. */
    public record Changes(List<UpstreamAgency> events, long nextCursor, boolean more) {
    }

    /** The upstream's whole directory as of event {@code cursor}. */
    public record Snapshot(long cursor, List<UpstreamAgency> agencies) {
    }

    private final UpstreamConnection connection;
    private final X509Certificate certificate;

    public UpstreamDirectory(UpstreamConnection connection, X509Certificate certificate) {
        this.connection = connection;
        this.certificate = certificate;
    }

    public Snapshot snapshot() {
        JsonObject body = signedJson("directory/snapshot");
        return new Snapshot(body.getJsonNumber("cursor").longValue(),
                body.getJsonArray("agencies").getValuesAs(JsonObject.class).stream().map(UpstreamDirectory::agency).toList());
    }

    public Changes changes(long since, int limit) {
        JsonObject body = signedJson("directory/changes?since=" + since + "&limit=" + limit);
        return new Changes(body.getJsonArray("events").getValuesAs(JsonObject.class).stream().map(UpstreamDirectory::agency).toList(),
                body.getJsonNumber("nextCursor").longValue(), body.getBoolean("more", false));
    }

    private JsonObject signedJson(String path) {
        HttpResponse<byte[]> answer;
        try {
            answer = connection.http().send(connection.request(path).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UpstreamDirectoryException("GET " + path + " at " + connection.upstream().code() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamDirectoryException("GET " + path + ": interrupted");
        }
        if (answer.statusCode() != 200) {
            String text = new String(answer.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            throw new UpstreamDirectoryException("GET " + path + " at " + connection.upstream().code() + ": HTTP "
                    + answer.statusCode() + (text.isEmpty() ? "" : " " + (text.length() > 300 ? text.substring(0, 300) : text)));
        }
        String signature = answer.headers().firstValue(SIGNATURE_HEADER)
                .orElseThrow(() -> new UpstreamDirectoryException("GET " + path + ": the answer carries no " + SIGNATURE_HEADER));
        try {
            CmsSignatures.verify(Base64.getMimeDecoder().decode(signature.strip()), certificate, answer.body());
        } catch (CmsSignatures.InvalidCmsSignatureException | IllegalArgumentException e) {
            throw new UpstreamDirectoryException("GET " + path + ": the answer is not signed by the upstream's hub certificate ("
                    + e.getMessage() + "): nothing of it was applied");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(answer.body()))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new UpstreamDirectoryException("GET " + path + ": the answer is not a JSON object: " + e.getMessage());
        }
    }

    /** A snapshot entry or an event: both carry the agency's code, name, parent, activity and successor. */
    static UpstreamAgency agency(JsonObject json) {
        try {
            return new UpstreamAgency(AgencyCode.of(json.getString("code")), json.getString("name"), code(json, "parentCode"),
                    json.getBoolean("active"), code(json, "successorCode"), text(json, "reason"));
        } catch (RuntimeException e) {
            throw new UpstreamDirectoryException("the upstream's directory holds an entry this instance cannot read ("
                    + e.getMessage() + "): " + json);
        }
    }

    private static Optional<AgencyCode> code(JsonObject json, String field) {
        return text(json, field).map(AgencyCode::of);
    }

    private static Optional<String> text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? Optional.empty()
                : Optional.of(json.getString(field)).filter(s -> !s.isBlank());
    }
}
