package vn.lienthong.it.exchange;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.MultipartMixed;
import vn.lienthong.it.support.Packages;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch calls of API v1 (issue 15): a recipient fetches several packages in one answer,
 * acknowledges several in one call and reports several statuses in one call; each item is
 * answered on its own, exactly as the single call would answer it, and a refused item stops no other.
 * Each test has recipients of its own, because "the next waiting packages" is the whole inbox.
 */
class BatchCallsIT {

    private final AgencyClient sender = Hub.as("000.00.01.G22");

    @Test
    void aRecipientEmptiesItsInboxWithOneFetchAndOneAcknowledgementPerBatch() throws Exception {
        AgencyClient recipient = Hub.as("000.00.02.G22");
        recipient.confirmEverythingWaiting();
        List<Packages.Document> documents = IntStream.range(0, 3)
                .mapToObj(i -> Packages.document(sender.code(), recipient.code())).toList();
        List<String> ids = new ArrayList<>();
        for (Packages.Document document : documents) {
            ids.add(sender.send(document.xml()));
        }
        ids.forEach(recipient::awaitInInbox);

        HubResponse batch = recipient.get("/api/v1/inbox/packages?limit=10");
        assertThat(batch.status()).as("batch fetch answered %s", batch).isEqualTo(200);
        List<MultipartMixed.Part> parts = MultipartMixed.parse(batch);
        assertThat(parts).extracting(p -> p.header("Content-ID")).as("oldest first")
                .containsExactlyElementsOf(ids.stream().map(id -> "<" + id + ">").toList());
        for (int i = 0; i < parts.size(); i++) {
            MultipartMixed.Part part = parts.get(i);
            assertThat(part.text()).as("the package exactly as sent").isEqualTo(documents.get(i).xml());
            assertThat(part.header("Content-Type")).startsWith("application/xml");
            assertThat(part.header("ETag")).isEqualTo("\"" + sha256(part.body()) + "\"");
            assertThat(part.header("Repr-Digest")).startsWith("sha-256=:");
        }

        HubResponse acks = recipient.postJson("/api/v1/inbox/acks", ids.stream()
                .map(id -> "{\"documentId\":\"" + id + "\",\"result\":\"done\"}")
                .collect(Collectors.joining(",", "{\"acknowledgements\":[", "]}")));
        assertThat(acks.status()).as("batch acknowledgement answered %s", acks).isEqualTo(200);
        assertThat(acks.json().getJsonArray("results").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("documentId") + "=" + r.getString("state"))
                .containsExactlyElementsOf(ids.stream().map(id -> id + "=FETCHED").toList());

        assertThat(recipient.get("/api/v1/inbox/packages?limit=10").status()).as("nothing waits any more").isEqualTo(204);
        for (String id : ids) {
            assertThat(sender.sent(id).getJsonArray("recipients").getJsonObject(0).getString("state")).isEqualTo("FETCHED");
        }
    }

    @Test
    void namedPackagesAreServedAndEachOneTheRecipientMayNotHaveIsAnsweredByItsProblem() {
        AgencyClient recipient = Hub.as("000.00.04.G22");
        AgencyClient other = Hub.as("000.00.03.G22");
        Packages.Document mine = Packages.document(sender.code(), recipient.code());
        String mineId = sender.send(mine.xml());
        String othersId = sender.send(Packages.document(sender.code(), other.code()).xml());
        String unknownId = UUID.randomUUID().toString();
        recipient.awaitInInbox(mineId);

        HubResponse batch = recipient.get("/api/v1/inbox/packages?id=" + unknownId + "&id=" + mineId + "&id=" + othersId);

        assertThat(batch.status()).isEqualTo(200);
        List<MultipartMixed.Part> parts = MultipartMixed.parse(batch);
        assertThat(parts).extracting(p -> p.header("Content-ID"))
                .containsExactly("<" + unknownId + ">", "<" + mineId + ">", "<" + othersId + ">");
        assertThat(parts.get(0).header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(parts.get(0).json().getString("code")).isEqualTo("UNKNOWN_DOCUMENT");
        assertThat(parts.get(0).json().getInt("status")).isEqualTo(404);
        assertThat(parts.get(1).text()).isEqualTo(mine.xml());
        assertThat(parts.get(2).json().getString("code")).isEqualTo("NOT_YOURS");
    }

    @Test
    void aRefusedAcknowledgementDoesNotStopTheOthers() {
        AgencyClient recipient = Hub.as("000.00.01.G09");
        String id = sender.send(Packages.document(sender.code(), recipient.code()).xml());
        recipient.awaitInInbox(id);
        String unknownId = UUID.randomUUID().toString();

        HubResponse acks = recipient.postJson("/api/v1/inbox/acks", "{\"acknowledgements\":["
                + "{\"documentId\":\"" + unknownId + "\",\"result\":\"done\"},"
                + "{\"documentId\":\"" + id + "\",\"result\":\"failed\",\"reason\":\"Không mở được tệp đính kèm\"}]}");

        assertThat(acks.status()).isEqualTo(200);
        List<JsonObject> results = acks.json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results.get(0).getString("documentId")).isEqualTo(unknownId);
        assertThat(results.get(0).getJsonObject("problem").getString("code")).isEqualTo("UNKNOWN_DOCUMENT");
        assertThat(results.get(0).containsKey("state")).isFalse();
        assertThat(results.get(1).getString("documentId")).isEqualTo(id);
        assertThat(results.get(1).getString("state")).isEqualTo("DELIVERED");
        assertThat(recipient.awaitInInbox(id).getInt("fetchFailures")).as("the failed fetch was recorded").isEqualTo(1);
    }

    @Test
    void aMalformedBatchIsRefusedWholeAndChangesNothing() {
        AgencyClient recipient = Hub.as("000.00.02.G09");
        String id = sender.send(Packages.document(sender.code(), recipient.code()).xml());
        recipient.awaitInInbox(id);

        String tooMany = IntStream.range(0, 101).mapToObj(i -> "{\"documentId\":\"" + id + "\",\"result\":\"done\"}")
                .collect(Collectors.joining(",", "{\"acknowledgements\":[", "]}"));
        assertThat(recipient.postJson("/api/v1/inbox/acks", tooMany).problemCode()).isEqualTo("INVALID_REQUEST");
        assertThat(recipient.postJson("/api/v1/inbox/acks", "{\"acknowledgements\":[]}").problemCode())
                .isEqualTo("INVALID_REQUEST");
        assertThat(recipient.postJson("/api/v1/inbox/acks", "{\"acknowledgements\":[{\"documentId\":\"" + id
                + "\",\"result\":\"done\"},{\"documentId\":\"not-an-id\",\"result\":\"done\"}]}").problemCode())
                .isEqualTo("INVALID_REQUEST");
        assertThat(recipient.postJson("/api/v1/inbox/acks", "{\"acknowledgements\":[{\"documentId\":\"" + id
                + "\",\"result\":\"maybe\"}]}").problemCode()).isEqualTo("INVALID_REQUEST");
        HubResponse both = recipient.get("/api/v1/inbox/packages?id=" + id + "&limit=2");
        assertThat(both.status()).isEqualTo(400);
        assertThat(recipient.get("/api/v1/inbox/packages?limit=101").problemCode()).isEqualTo("INVALID_REQUEST");

        assertThat(recipient.awaitInInbox(id).getString("state")).as("no acknowledgement was taken").isEqualTo("DELIVERED");
    }

    @Test
    void severalStatusesGoInOneCallEachRecordedOrRefusedOnItsOwn() {
        AgencyClient recipient = Hub.as("000.00.03.G09");
        Packages.Document first = Packages.document(sender.code(), recipient.code());
        Packages.Document second = Packages.document(sender.code(), recipient.code());
        String firstId = sender.send(first.xml());
        String secondId = sender.send(second.xml());
        recipient.awaitInInbox(firstId);
        recipient.awaitInInbox(secondId);
        // A status about a document the reporter never received is refused, as it is alone.
        Packages.Document notReceived = Packages.document(sender.code(), "000.00.34.H20");
        sender.send(notReceived.xml());

        HubResponse answer = recipient.reportMany(List.of(
                first.status(recipient.code(), "03", "Đã tiếp nhận, vào sổ"),
                notReceived.status(recipient.code(), "03", "Đã tiếp nhận"),
                second.status(recipient.code(), "02", "Không thuộc thẩm quyền xử lý")));

        assertThat(answer.status()).as("batch statuses answered %s", answer).isEqualTo(200);
        List<JsonObject> results = answer.json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results).extracting(r -> r.getString("part")).containsExactly("s0.edxml", "s1.edxml", "s2.edxml");
        assertThat(results.get(0).getJsonObject("status").getString("statusCode")).isEqualTo("03");
        assertThat(results.get(0).getJsonObject("status").getString("documentId")).isEqualTo(firstId);
        assertThat(results.get(1).getJsonObject("problem").getString("code")).isNotBlank();
        assertThat(results.get(1).containsKey("status")).isFalse();
        assertThat(results.get(2).getJsonObject("status").getString("statusCode")).isEqualTo("02");

        assertThat(sender.sent(firstId).getJsonArray("recipients").getJsonObject(0).getJsonArray("statuses")
                .getJsonObject(0).getString("code")).isEqualTo("03");
        assertThat(sender.sent(secondId).getJsonArray("recipients").getJsonObject(0).getJsonArray("statuses")
                .getJsonObject(0).getString("code")).isEqualTo("02");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
