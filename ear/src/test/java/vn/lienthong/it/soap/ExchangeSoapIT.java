package vn.lienthong.it.soap;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.soap.v1.ConfirmFetched;
import vn.lienthong.it.soap.v1.DeliveryState;
import vn.lienthong.it.soap.v1.Exchange;
import vn.lienthong.it.soap.v1.FetchResult;
import vn.lienthong.it.soap.v1.GetPackage;
import vn.lienthong.it.soap.v1.GetPackageResponse;
import vn.lienthong.it.soap.v1.GetSent;
import vn.lienthong.it.soap.v1.HubFault;
import vn.lienthong.it.soap.v1.HubFaultDetail;
import vn.lienthong.it.soap.v1.InboxItem;
import vn.lienthong.it.soap.v1.ListInbox;
import vn.lienthong.it.soap.v1.ListInboxResponse;
import vn.lienthong.it.soap.v1.ListSent;
import vn.lienthong.it.soap.v1.ListSentResponse;
import vn.lienthong.it.soap.v1.Receipt;
import vn.lienthong.it.soap.v1.RecipientState;
import vn.lienthong.it.soap.v1.SendPackage;
import vn.lienthong.it.soap.v1.SendPackageResponse;
import vn.lienthong.it.soap.v1.SendStatus;
import vn.lienthong.it.soap.v1.SendStatusResponse;
import vn.lienthong.it.soap.v1.SentDocument;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.SoapHub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.SoapFaults.faultOf;

/**
 * Agency software that speaks SOAP, through a client generated from the published WSDL, sends,
 * receives, confirms and follows documents; every refusal is a fault with the REST problem code.
 */
class ExchangeSoapIT {

    private static final String SENDER = "000.00.11.H20";
    private static final String RECIPIENT = "000.00.12.H20";
    private static final String BYSTANDER = "000.00.13.H20";

    private final Exchange sender = SoapHub.exchangeAs(SENDER);
    private final Exchange recipient = SoapHub.exchangeAs(RECIPIENT);
    private final Exchange bystander = SoapHub.exchangeAs(BYSTANDER);

    @Test
    void theContractIsPublishedToAnyoneAtTheEndpointAddress() {
        HubResponse wsdl = Hub.anonymousGet(SoapHub.EXCHANGE_PATH + "?wsdl");
        assertThat(wsdl.status()).isEqualTo(200);
        assertThat(wsdl.text()).contains("urn:lienthong:soap:v1", "sendPackage", "getAgencyChanges", "hubFault");
        assertThat(Hub.anonymousGet(SoapHub.DIRECTORY_PATH + "?wsdl").status()).isEqualTo(200);
    }

    @Test
    void aPackageTravelsFromSenderToRecipientAndBackAsStatusesByteForByte() throws Exception {
        Packages.Document document = Packages.document(SENDER, RECIPIENT);
        // CRLF line ends and a trailing blank: bytes a re-serialising hub would change.
        byte[] sentBytes = (document.xml().replace("\n", "\r\n") + "  \r\n").getBytes(StandardCharsets.UTF_8);

        Receipt receipt = sender.sendPackage(send(sentBytes, null)).getReceipt();
        assertThat(receipt.getSender()).isEqualTo(SENDER);
        assertThat(receipt.getRecipient()).containsExactly(RECIPIENT);
        assertThat(receipt.getSizeBytes()).isEqualTo(sentBytes.length);
        assertThat(receipt.getSha256()).isEqualTo(sha256(sentBytes));
        assertThat(receipt.isReplayed()).isFalse();
        String id = receipt.getDocumentId();

        InboxItem item = awaitInInbox(recipient, id);
        assertThat(item.getSender()).isEqualTo(SENDER);
        assertThat(item.getEdxmlDocumentId()).isEqualTo(document.edxmlId());
        assertThat(item.getState()).isEqualTo(DeliveryState.DELIVERED);

        GetPackageResponse fetched = recipient.getPackage(get(id));
        byte[] fetchedBytes = SoapHub.bytes(fetched.getPackage());
        assertThat(fetchedBytes).as("the package exactly as sent").isEqualTo(sentBytes);
        assertThat(fetched.getSha256()).isEqualTo(sha256(sentBytes));
        assertThat(fetched.getSizeBytes()).isEqualTo(sentBytes.length);

        SendStatusResponse status = recipient.sendStatus(status(document.status(RECIPIENT, "03", "Đã phân công xử lý")));
        assertThat(status.getDocumentId()).isEqualTo(id);
        assertThat(status.getStatusCode()).isEqualTo("03");

        ConfirmFetched confirm = new ConfirmFetched();
        confirm.setDocumentId(id);
        confirm.setResult(FetchResult.DONE);
        assertThat(recipient.confirmFetched(confirm).getState()).isEqualTo(DeliveryState.FETCHED);

        RecipientState followed = only(sender.getSent(sent(id)).getDocument());
        assertThat(followed.getCode()).isEqualTo(RECIPIENT);
        assertThat(followed.getState()).isEqualTo(DeliveryState.FETCHED);
        assertThat(followed.getStatus()).extracting(s -> s.getCode()).containsExactly("03");
        assertThat(followed.getStatus().get(0).getMeaningVi()).isNotBlank();

        SentDocument listed = findSent(sender, id);
        assertThat(listed.getRecipient()).extracting(RecipientState::getState).containsExactly(DeliveryState.FETCHED);
    }

    @Test
    void aFailedFetchIsReportedWithItsReasonAndTheSenderSeesIt() throws Exception {
        String id = sender.sendPackage(send(Packages.document(SENDER, RECIPIENT).xml().getBytes(StandardCharsets.UTF_8), null))
                .getReceipt().getDocumentId();
        awaitInInbox(recipient, id);

        ConfirmFetched failed = new ConfirmFetched();
        failed.setDocumentId(id);
        failed.setResult(FetchResult.FAILED);
        failed.setReason("Không lưu được vào hệ thống quản lý văn bản");
        assertThat(recipient.confirmFetched(failed).getState()).isEqualTo(DeliveryState.DELIVERED);

        RecipientState followed = only(sender.getSent(sent(id)).getDocument());
        assertThat(followed.getFetchFailures()).isEqualTo(1);
        assertThat(followed.getLastFailureReason()).isEqualTo("Không lưu được vào hệ thống quản lý văn bản");
    }

    @Test
    void theInboxIsReadPageByPageWithCursorsAndNeverRepeatsADocument() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(sender.sendPackage(send(Packages.document(SENDER, RECIPIENT).xml().getBytes(StandardCharsets.UTF_8), null))
                    .getReceipt().getDocumentId());
        }
        ids.forEach(id -> awaitInInbox(recipient, id));

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            ListInbox page = new ListInbox();
            page.setAfter(cursor);
            page.setLimit(2);
            page.setIncludeFetched(true);
            ListInboxResponse answer = recipient.listInbox(page);
            assertThat(answer.getItem()).hasSizeLessThanOrEqualTo(2);
            for (InboxItem item : answer.getItem()) {
                assertThat(seen.add(item.getDocumentId())).as("seen once: %s", item.getDocumentId()).isTrue();
            }
            cursor = answer.getNextCursor();
            pages++;
        } while (cursor != null);
        assertThat(seen).containsAll(ids);
        assertThat(pages).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRetriedSendWithTheSameIdempotencyKeyGetsTheFirstReceipt() throws Exception {
        byte[] bytes = Packages.document(SENDER, RECIPIENT).xml().getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        SendPackageResponse first = sender.sendPackage(send(bytes, key));
        SendPackageResponse again = sender.sendPackage(send(bytes, key));
        assertThat(again.getReceipt().getDocumentId()).isEqualTo(first.getReceipt().getDocumentId());
        assertThat(again.getReceipt().isReplayed()).isTrue();
        assertThat(again.getSignedReceipt()).as("the same signed receipt").isNotEmpty().isEqualTo(first.getSignedReceipt());
        assertThat(again.isReceiptTimestamped()).isEqualTo(first.isReceiptTimestamped());
    }

    /** sendPackage answers what POST /api/v1/documents answers: the verdict and the signed receipt too. */
    @Test
    void theAnswerCarriesTheSignatureVerdictAndTheSignedReceiptAsRestDoes() throws Exception {
        byte[] bytes = Packages.document(SENDER, RECIPIENT).xml().getBytes(StandardCharsets.UTF_8);
        SendPackageResponse sent = sender.sendPackage(send(bytes, null));

        assertThat(sent.getSignature()).isNotNull();
        assertThat(sent.getSignature().getVerdict()).isIn("VALID", "UNSIGNED", "INDETERMINATE");
        assertThat(sent.getSignedReceipt()).isNotEmpty();
        assertThat(sent.isReceiptTimestamped()).isNotNull();
    }

    /** getSent carries what GET /api/v1/sent/{id} carries: the verdict on the package and where a take-back stands. */
    @Test
    void theSentViewCarriesTheVerdictAndTheTakeBackAsRestDoes() throws Exception {
        Packages.Document document = Packages.document(SENDER, RECIPIENT);
        String id = sender.sendPackage(send(document.xml().getBytes(StandardCharsets.UTF_8), null)).getReceipt().getDocumentId();
        awaitInInbox(recipient, id);
        sender.sendStatus(status(document.status(SENDER, "13", "Đề nghị lấy lại văn bản")));

        SentDocument overSoap = sender.getSent(sent(id)).getDocument();
        jakarta.json.JsonObject overRest = Hub.as(SENDER).sent(id);
        assertThat(overRest.getString("takeBackState")).isEqualTo("REQUESTED");
        assertThat(overSoap.getTakeBackState().value()).isEqualTo(overRest.getString("takeBackState"));
        assertThat(overSoap.getSignature().getVerdict()).isEqualTo(overRest.getJsonObject("signature").getString("verdict"));
        assertThat(overSoap.getRelatedDocumentId()).as("not a revoke, update or replace").isNull();
    }

    @Test
    void anUnknownRecipientIsAFaultNamingTheElementWithTheRestCode() {
        byte[] bytes = Packages.document(SENDER, RECIPIENT, "000.00.88.H20").xml().getBytes(StandardCharsets.UTF_8);

        HubFaultDetail fault = faultOf(() -> sender.sendPackage(send(bytes, null)));
        HubResponse rest = Hub.as(SENDER).postXml("/api/v1/documents", bytes);

        assertThat(fault.getCode()).isEqualTo("UNKNOWN_RECIPIENT").isEqualTo(rest.problemCode());
        assertThat(fault.getStatus()).isEqualTo(422).isEqualTo(rest.status());
        assertThat(fault.getElement()).isEqualTo("MessageHeader/To[2]/OrganId");
        assertThat(fault.getTitle()).isEqualTo(rest.json().getString("title"));
        assertThat(fault.getTitleVi()).isEqualTo(rest.json().getString("title_vi"));
    }

    @Test
    void whatIsNotAnEdxmlPackageIsAFault() {
        String broken = Packages.document(SENDER, RECIPIENT).xml().replace("</edXML:Subject>", "</edXML:Subjct>");
        assertThat(faultOf(() -> sender.sendPackage(send(broken.getBytes(StandardCharsets.UTF_8), null)))
                .getCode()).isEqualTo("MALFORMED_XML");
        assertThat(faultOf(() -> sender.sendPackage(send("<invoice><total>1</total></invoice>".getBytes(StandardCharsets.UTF_8), null)))
                .getCode()).isEqualTo("NOT_EDXML");
        assertThat(faultOf(() -> sender.sendPackage(new SendPackage())).getCode()).isEqualTo("INVALID_REQUEST");
        assertThat(faultOf(() -> recipient.sendStatus(status("<invoice/>"))).getCode()).isEqualTo("NOT_EDXML");
    }

    @Test
    void anotherAgencysDocumentIsNotYoursAndAnUnknownOneIsUnknown() throws Exception {
        Packages.Document document = Packages.document(SENDER, RECIPIENT);
        String id = sender.sendPackage(send(document.xml().getBytes(StandardCharsets.UTF_8), null)).getReceipt().getDocumentId();
        awaitInInbox(recipient, id);

        assertThat(faultOf(() -> bystander.getPackage(get(id))).getCode()).isEqualTo("NOT_YOURS");
        assertThat(faultOf(() -> bystander.getSent(sent(id))).getCode()).isEqualTo("NOT_YOURS");
        ConfirmFetched confirm = new ConfirmFetched();
        confirm.setDocumentId(id);
        confirm.setResult(FetchResult.DONE);
        assertThat(faultOf(() -> bystander.confirmFetched(confirm)).getCode()).isEqualTo("NOT_YOURS");
        assertThat(faultOf(() -> bystander.sendStatus(status(document.status(BYSTANDER, "01", "Đã đến"))))
                .getCode()).isIn("NOT_YOURS", "STATUS_NOT_ALLOWED");
        assertThat(faultOf(() -> sender.sendPackage(send(Packages.document(BYSTANDER, RECIPIENT).xml()
                .getBytes(StandardCharsets.UTF_8), null))).getCode()).isEqualTo("SENDER_MISMATCH");

        String unknown = UUID.randomUUID().toString();
        assertThat(faultOf(() -> recipient.getPackage(get(unknown))).getCode()).isEqualTo("UNKNOWN_DOCUMENT");
        assertThat(faultOf(() -> sender.getSent(sent(unknown))).getCode()).isEqualTo("UNKNOWN_DOCUMENT");
        HubFaultDetail malformed = faultOf(() -> recipient.getPackage(get("not-an-id")));
        assertThat(malformed.getCode()).isEqualTo("INVALID_REQUEST");
        assertThat(malformed.getElement()).isEqualTo("documentId");
        ListSent tooMany = new ListSent();
        tooMany.setLimit(501);
        assertThat(faultOf(() -> sender.listSent(tooMany)).getElement()).isEqualTo("limit");
    }

    static SendPackage send(byte[] bytes, String idempotencyKey) {
        SendPackage request = new SendPackage();
        request.setPackage(SoapHub.attachment(bytes));
        request.setIdempotencyKey(idempotencyKey);
        return request;
    }

    static SendStatus status(String statusPackage) {
        SendStatus request = new SendStatus();
        request.setPackage(SoapHub.attachment(statusPackage.getBytes(StandardCharsets.UTF_8)));
        return request;
    }

    static GetPackage get(String id) {
        GetPackage request = new GetPackage();
        request.setDocumentId(id);
        return request;
    }

    static GetSent sent(String id) {
        GetSent request = new GetSent();
        request.setDocumentId(id);
        return request;
    }

    /** The inbox entry for the document, waiting until the delivery consumer has put it there. */
    static InboxItem awaitInInbox(Exchange port, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<InboxItem> item = inboxItem(port, id);
            if (item.isPresent()) {
                return item.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Document " + id + " did not reach the inbox within 60 s");
    }

    static Optional<InboxItem> inboxItem(Exchange port, String id) {
        String cursor = null;
        do {
            ListInbox page = new ListInbox();
            page.setAfter(cursor);
            page.setLimit(500);
            page.setIncludeFetched(true);
            ListInboxResponse answer;
            try {
                answer = port.listInbox(page);
            } catch (HubFault e) {
                throw new AssertionError("listInbox refused: " + e.getFaultInfo().getCode(), e);
            }
            for (InboxItem item : answer.getItem()) {
                if (item.getDocumentId().equals(id)) {
                    return Optional.of(item);
                }
            }
            cursor = answer.getNextCursor();
        } while (cursor != null);
        return Optional.empty();
    }

    private static SentDocument findSent(Exchange port, String id) throws HubFault {
        String cursor = null;
        do {
            ListSent page = new ListSent();
            page.setBefore(cursor);
            page.setLimit(100);
            ListSentResponse answer = port.listSent(page);
            for (SentDocument document : answer.getDocument()) {
                if (document.getDocumentId().equals(id)) {
                    return document;
                }
            }
            cursor = answer.getNextCursor();
        } while (cursor != null);
        throw new AssertionError("Document " + id + " is not in the sent list");
    }

    private static RecipientState only(SentDocument document) {
        assertThat(document.getRecipient()).hasSize(1);
        return document.getRecipient().get(0);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
