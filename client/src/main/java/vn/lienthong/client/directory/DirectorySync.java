package vn.lienthong.client.directory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import vn.lienthong.client.http.HubException;
import vn.lienthong.client.http.LienThongClient;
import vn.lienthong.client.http.SignedBody;
import vn.lienthong.client.signature.HubSignatures;
import vn.lienthong.client.signature.VerificationException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps a copy of the directory in one JSON file, as docs/api.md describes: the first run takes
 * {@code GET /directory/snapshot}, every later run applies {@code GET /directory/changes?since=}
 * from the cursor stored in the file, page after page while {@code more} is true. Each event
 * carries the agency's whole state, so applying one twice is harmless; the file is replaced
 * atomically after each page, so an interrupted run resumes where it stopped. With the pinned hub
 * certificate, every page's {@code Lienthong-Signature} is checked before it is applied.
 *
 * <p>The file: {@code {"cursor": 414, "agencies": {"000.00.00.G22": {"code": …, "name": …,
 * "parentCode": …, "level": …, "active": …, "successorCode": …, "updatedAt": …}, …}}}.
 */
public final class DirectorySync {

    private static final int PAGE = 500;
    private static final Set<String> AGENCY_FIELDS = Set.of("code", "name", "parentCode", "level", "active", "successorCode", "updatedAt");

    private final LienThongClient client;
    private final Path file;
    private final HubSignatures hub;

    /** {@code hub} null: the pages' signatures are not checked. */
    public DirectorySync(LienThongClient client, Path file, HubSignatures hub) {
        this.client = client;
        this.file = file;
        this.hub = hub;
    }

    /** What one run did. */
    public record Result(long cursor, boolean snapshot, int events, int agencies) {
    }

    public Result sync() throws IOException, HubException, VerificationException {
        Map<String, JsonObject> agencies = new TreeMap<>();
        long cursor;
        boolean snapshot = !Files.exists(file);
        if (snapshot) {
            JsonObject taken = read(client.directorySnapshot());
            for (JsonObject a : taken.getJsonArray("agencies").getValuesAs(JsonObject.class)) {
                agencies.put(a.getString("code"), agency(a));
            }
            cursor = taken.getJsonNumber("cursor").longValue();
            save(cursor, agencies);
        } else {
            try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
                JsonObject local = reader.readObject();
                cursor = local.getJsonNumber("cursor").longValue();
                local.getJsonObject("agencies").forEach((code, a) -> agencies.put(code, a.asJsonObject()));
            }
        }
        int events = 0;
        boolean more = true;
        while (more) {
            JsonObject page = read(client.directoryChanges(cursor, PAGE));
            for (JsonObject event : page.getJsonArray("events").getValuesAs(JsonObject.class)) {
                agencies.put(event.getString("code"), agency(event));
                events++;
            }
            long next = page.getJsonNumber("nextCursor").longValue();
            more = page.getBoolean("more", false) && next > cursor;
            if (next != cursor) {
                cursor = next;
                save(cursor, agencies);
            }
        }
        return new Result(cursor, snapshot, events, agencies.size());
    }

    private JsonObject read(SignedBody answer) throws VerificationException {
        if (hub != null) {
            hub.detached(answer.body(), answer.signature());
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(answer.body()))) {
            return reader.readObject();
        }
    }

    /** The agency's state: a snapshot entry or an event (whose {@code occurredAt} is when it took that state). */
    private static JsonObject agency(JsonObject source) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        source.forEach((k, v) -> {
            if (AGENCY_FIELDS.contains(k) && v.getValueType() != JsonValue.ValueType.NULL) {
                b.add(k, v);
            }
        });
        if (source.containsKey("occurredAt")) {
            b.add("updatedAt", source.get("occurredAt"));
        }
        return b.build();
    }

    private void save(long cursor, Map<String, JsonObject> agencies) throws IOException {
        JsonObjectBuilder all = Json.createObjectBuilder();
        agencies.forEach(all::add);
        JsonObject copy = Json.createObjectBuilder().add("cursor", cursor).add("agencies", all).build();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".part");
        try (OutputStream out = Files.newOutputStream(partial);
             JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(copy);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The copy in {@code file}: agencies by code. */
    public static Map<String, JsonObject> load(Path file) throws IOException {
        Map<String, JsonObject> agencies = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            reader.readObject().getJsonObject("agencies").forEach((code, a) -> agencies.put(code, a.asJsonObject()));
        }
        return agencies;
    }
}
