package vn.lienthong.client.http;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The inbox's batch calls, for agencies that receive many documents (docs/api.md, "Batch calls"): the
 * waiting packages in one streamed answer, their acknowledgements in one transaction. Each item is
 * answered as its single call would be; a refused one stops no other. From {@link LienThongClient#batches()}.
 */
public final class InboxBatches {

    private final LienThongClient client;

    InboxBatches(LienThongClient client) {
        this.client = client;
    }

    /** {@code GET /inbox/packages?limit=}: the next {@code limit} (1–100) waiting packages, each into {@code directory/<id>.edxml}. */
    public List<BatchItem> fetchNext(int limit, Path directory, Progress progress) throws HubException, IOException {
        return fetch("?limit=" + limit, directory, progress);
    }

    /** {@code GET /inbox/packages?id=…}: the named packages (1–100). */
    public List<BatchItem> fetch(List<String> documentIds, Path directory, Progress progress) throws HubException, IOException {
        return fetch("?" + documentIds.stream().map(id -> "id=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")), directory, progress);
    }

    private List<BatchItem> fetch(String query, Path directory, Progress progress) throws HubException, IOException {
        Files.createDirectories(directory);
        HttpResponse<InputStream> r = client.transport().send(() -> client.request("/inbox/packages" + query).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream(), Transport.Retry.ALWAYS);
        try (InputStream body = r.body()) {
            if (r.statusCode() == 204) {
                return List.of();
            }
            return new MultipartPackages(body, r.headers().firstValue("Content-Type").orElse("")).readInto(directory, progress);
        }
    }

    /** {@code POST /inbox/acks}: every document in {@code documentIds} confirmed done, in one transaction; one result each. */
    public List<JsonObject> acknowledge(List<String> documentIds) throws HubException, IOException {
        JsonArrayBuilder acks = Json.createArrayBuilder();
        documentIds.forEach(id -> acks.add(Json.createObjectBuilder().add("documentId", id).add("result", "done")));
        String body = Json.createObjectBuilder().add("acknowledgements", acks).build().toString();
        HttpResponse<byte[]> r = client.transport().send(() -> client.request("/inbox/acks").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray(), Transport.Retry.ALWAYS);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(r.body()))) {
            return reader.readObject().getJsonArray("results").getValuesAs(JsonObject.class);
        }
    }
}
