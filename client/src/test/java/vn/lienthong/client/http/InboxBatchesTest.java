package vn.lienthong.client.http;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.client.testing.FakeHub;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch calls read as the hub writes them (multipart/mixed, a Content-Length per part; docs/api.md). */
class InboxBatchesTest {

    private static final String A = "01a203c9-fe95-763d-b0e5-03bc739725e4";
    private static final String B = "01a203ca-0aa7-7db3-afbd-4abefa306482";
    private static final String C = "01a203cb-0000-7000-8000-000000000000";

    @TempDir
    Path dir;

    private final FakeHub hub = new FakeHub();

    InboxBatchesTest() throws Exception {
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private InboxBatches batches() {
        return LienThongClient.builder(hub.url()).agency("000.00.00.H41", "s").build().batches();
    }

    private static byte[] multipart(String etagOfA, byte[] a, byte[] b) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part(out, A, a, etagOfA);
        part(out, B, b, sha(b));
        String problem = "{\"code\":\"NOT_YOURS\",\"status\":403}";
        out.write(("--lt-1\r\nContent-Type: application/problem+json\r\nContent-ID: <" + C + ">\r\nContent-Length: "
                + problem.length() + "\r\n\r\n" + problem + "\r\n--lt-1--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void part(ByteArrayOutputStream out, String id, byte[] body, String etag) throws Exception {
        out.write(("--lt-1\r\nContent-Type: application/xml; charset=UTF-8\r\nContent-ID: <" + id + ">\r\nContent-Length: "
                + body.length + "\r\nETag: \"" + etag + "\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theWaitingPackagesArriveEachInItsFileAndARefusedItemAsItsProblem() throws Exception {
        // A package whose bytes contain what looks like a boundary: lengths, not boundaries, delimit parts.
        byte[] a = "<edXML>gói tin A\r\n--lt-1\r\n</edXML>".getBytes(StandardCharsets.UTF_8);
        byte[] b = "<edXML>B</edXML>".getBytes(StandardCharsets.UTF_8);
        byte[] body = multipart(sha(a), a, b);
        hub.on("GET /api/v1/inbox/packages", (call, ex) -> {
            ex.getResponseHeaders().add("Content-Type", "multipart/mixed; boundary=\"lt-1\"");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        });

        List<BatchItem> items = batches().fetchNext(10, dir, Progress.NONE);

        assertThat(hub.calls.get(0).path()).isEqualTo("/api/v1/inbox/packages?limit=10");
        assertThat(items).extracting(BatchItem::documentId).containsExactly(A, B, C);
        assertThat(Files.readAllBytes(items.get(0).fetched().file())).isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve(B + ".edxml"))).isEqualTo(b);
        assertThat(items.get(2).refused()).isTrue();
        assertThat(items.get(2).problem().getString("code")).isEqualTo("NOT_YOURS");
    }

    @Test
    void aDamagedPackageInTheBatchIsNotKept() throws Exception {
        byte[] a = "<edXML>A</edXML>".getBytes(StandardCharsets.UTF_8);
        byte[] body = multipart("0".repeat(64), a, a);
        hub.on("GET /api/v1/inbox/packages", (call, ex) -> {
            ex.getResponseHeaders().add("Content-Type", "multipart/mixed; boundary=lt-1");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        });

        assertThatThrownBy(() -> batches().fetch(List.of(A, B), dir, Progress.NONE)).hasMessageContaining("damaged");
        assertThat(hub.calls.get(0).path()).isEqualTo("/api/v1/inbox/packages?id=" + A + "&id=" + B);
        assertThat(dir.resolve(A + ".edxml")).doesNotExist();
    }

    @Test
    void anEmptyInboxIsAnEmptyBatch() throws Exception {
        hub.on("GET /api/v1/inbox/packages", (call, ex) -> ex.sendResponseHeaders(204, -1));

        assertThat(batches().fetchNext(10, dir, Progress.NONE)).isEmpty();
    }

    @Test
    void acknowledgementsGoInOneCallAndEachIsAnsweredOnItsOwn() throws Exception {
        hub.on("POST /api/v1/inbox/acks", (call, ex) -> FakeHub.reply(ex, 200, "application/json",
                "{\"results\":[{\"documentId\":\"" + A + "\",\"state\":\"FETCHED\"},{\"documentId\":\"" + C
                        + "\",\"problem\":{\"code\":\"UNKNOWN_DOCUMENT\",\"status\":404}}]}"));

        List<JsonObject> results = batches().acknowledge(List.of(A, C));

        assertThat(new String(hub.calls.get(0).body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"acknowledgements\":[{\"documentId\":\"" + A + "\",\"result\":\"done\"},{\"documentId\":\"" + C + "\",\"result\":\"done\"}]}");
        assertThat(results.get(0).getString("state")).isEqualTo("FETCHED");
        assertThat(results.get(1).getJsonObject("problem").getString("code")).isEqualTo("UNKNOWN_DOCUMENT");
    }
}
