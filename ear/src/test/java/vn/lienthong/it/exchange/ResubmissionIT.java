package vn.lienthong.it.exchange;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.ServerLog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * Only identical bytes (or the same Idempotency-Key with them) are a retry and get the first
 * answer. Another package under a DocumentId the sender already used is refused, never dropped as a
 * replay of the first; packages without a DocumentId are each their own document.
 */
class ResubmissionIT {

    private final AgencyClient sender = Hub.as("000.00.10.H20");
    private final AgencyClient recipient = Hub.as("000.00.11.H20");

    @Test
    void theSameBytesAgainGetTheFirstAnswerAndOneDelivery() {
        byte[] bytes = bytes(Packages.document(sender.code(), recipient.code()).xml());
        HubResponse first = sender.postXml("/api/v1/documents", bytes);
        HubResponse again = sender.postXml("/api/v1/documents", bytes);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().getString("documentId")).isEqualTo(first.json().getString("documentId"));
        recipient.awaitInInbox(first.json().getString("documentId"));
    }

    @Test
    void anotherPackageUnderAnAlreadyUsedDocumentIdIsRefusedAndTheFirstStays() {
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        String firstId = sender.send(document.xml());
        String changed = document.xml().replace("V/v báo cáo", "V/v báo cáo (sửa)");

        HubResponse response = sender.postXml("/api/v1/documents", bytes(changed));
        HubResponse withNewKey = sender.postXml("/api/v1/documents", bytes(changed), UUID.randomUUID().toString());

        assertRefused(response, 409, "DOCUMENT_ID_REUSED");
        assertThat(response.json().getString("element")).isEqualTo("MessageHeader/DocumentId");
        assertThat(response.json().getString("detail")).contains(document.edxmlId(), firstId);
        assertRefused(withNewKey, 409, "DOCUMENT_ID_REUSED");
        assertThat(sentWith(document.edxmlId())).containsExactly(firstId);
        assertThat(recipient.awaitInInbox(firstId).getString("subject")).doesNotContain("(sửa)");
    }

    @Test
    void theSameIdempotencyKeyReplaysTheSameBytesAndRefusesOthers() {
        String key = UUID.randomUUID().toString();
        byte[] bytes = bytes(Packages.document(sender.code(), recipient.code()).xml());
        HubResponse first = sender.postXml("/api/v1/documents", bytes, key);
        HubResponse again = sender.postXml("/api/v1/documents", bytes, key);
        HubResponse other = sender.postXml("/api/v1/documents", bytes(Packages.document(sender.code(), recipient.code()).xml()), key);

        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().getString("documentId")).isEqualTo(first.json().getString("documentId"));
        assertRefused(other, 422, "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void packagesWithoutDocumentIdCodeOrPromulgationAreEachTheirOwnDocument() {
        String one = withoutIdentity(Packages.document(sender.code(), recipient.code()).xml());
        String two = withoutIdentity(Packages.document(sender.code(), recipient.code()).xml());

        String first = sender.send(one);
        String second = sender.send(two);
        HubResponse firstAgain = sender.postXml("/api/v1/documents", bytes(one));

        assertThat(second).isNotEqualTo(first);
        assertThat(firstAgain.json().getString("documentId")).isEqualTo(first);
        assertThat(firstAgain.header("Idempotent-Replayed")).isEqualTo("true");
        recipient.awaitInInbox(first);
        recipient.awaitInInbox(second);
        assertThat(sender.sent(first).getString("edxmlDocumentId", null)).as("no made-up DocumentId").isNull();
    }

    @Test
    void concurrentRetriesOfTheSameBytesMakeOneDocument() throws Exception {
        byte[] bytes = bytes(Packages.document(sender.code(), recipient.code()).xml());

        List<HubResponse> answers = concurrently(8, () -> sender.postXml("/api/v1/documents", bytes));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as("%s", a).isEqualTo(201));
        Set<String> ids = answers.stream().map(a -> a.json().getString("documentId")).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        assertThat(answers.stream().filter(a -> a.header("Idempotent-Replayed") == null)).hasSize(1);
    }

    /**
     * Replays racing with each other all ask for the same acceptance receipt at once: each answer
     * carries it, the same bytes every time, and no transaction is rolled back on the way (WTRN0074E
     * was logged when two of them both signed one and the second insert failed at commit).
     */
    @Test
    void concurrentReplaysOfOneKeyAllAnswerTheSameSignedReceiptWithoutATransactionError() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] bytes = bytes(Packages.document(sender.code(), recipient.code()).xml());
        ServerLog log = ServerLog.mark();

        List<HubResponse> answers = concurrently(8, () -> sender.postXml("/api/v1/documents", bytes, key));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as("%s", a).isEqualTo(201));
        assertThat(answers.stream().map(a -> a.json().getString("documentId")).collect(Collectors.toSet())).hasSize(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.json().getString("receipt", null)).as("%s", a).isNotNull());
        assertThat(answers.stream().map(a -> a.json().getString("receipt")).collect(Collectors.toSet())).hasSize(1);
        assertThat(log.lines()).noneMatch(line -> line.contains("WTRN0074E") || line.contains("not made now"));
    }

    @Test
    void concurrentDifferentPackagesUnderOneDocumentIdMakeOneDocumentAndRefusals() throws Exception {
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        List<byte[]> variants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            variants.add(bytes(document.xml().replace("V/v báo cáo", "V/v báo cáo " + i)));
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<HubResponse> answers = concurrently(6, () -> sender.postXml("/api/v1/documents", variants.get(next.getAndIncrement())));

        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() != 201))
                .allSatisfy(a -> assertThat(a.problemCode()).as("%s", a).isEqualTo("DOCUMENT_ID_REUSED"));
        assertThat(sentWith(document.edxmlId())).hasSize(1);
    }

    private static String withoutIdentity(String xml) {
        return xml.replaceAll("<edXML:DocumentId>[^<]*</edXML:DocumentId>", "")
                .replaceAll("<edXML:Code>.*?</edXML:Code>", "")
                .replaceAll("<edXML:PromulgationInfo>.*?</edXML:PromulgationInfo>", "");
    }

    private List<String> sentWith(String edxmlId) {
        JsonObject page = sender.get("/api/v1/sent?limit=500").json();
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> edxmlId.equals(item.getString("edxmlDocumentId", null)))
                .map(item -> item.getString("documentId")).toList();
    }

    private static List<HubResponse> concurrently(int callers, Callable<HubResponse> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<HubResponse>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(call));
            }
            List<HubResponse> answers = new ArrayList<>();
            for (Future<HubResponse> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
