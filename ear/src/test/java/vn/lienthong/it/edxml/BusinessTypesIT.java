package vn.lienthong.it.edxml;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * Business types are acted upon: a revoke hides an unfetched document and informs those who have
 * it; an update or replace is linked to the earlier document; the take-back exchange moves the
 * document's state; a reject always reaches the sender with its reason.
 */
class BusinessTypesIT {


    private final AgencyClient sender = Hub.as("000.00.06.H20");
    private final AgencyClient fetcher = Hub.as("000.00.07.H20");
    private final AgencyClient late = Hub.as("000.00.08.H20");

    @Test
    void aRevokeHidesTheDocumentFromWhoHasNotFetchedItAndInformsWhoHas() {
        Packages.Document original = Packages.document(sender.code(), fetcher.code(), late.code());
        String originalId = sender.send(original.xml());
        fetcher.awaitInInbox(originalId);
        late.awaitInInbox(originalId);
        assertThat(fetcher.fetch(originalId).status()).isEqualTo(200);
        assertThat(fetcher.acknowledge(originalId, "done", null).status()).isEqualTo(200);

        String revokeId = sender.send(withBusiness(original.xml(), 1, "<edXML:BussinessDocReason>Ban hành nhầm</edXML:BussinessDocReason>"));

        assertThat(late.inboxItem(originalId)).as("revoked before it was fetched: gone from the inbox").isEmpty();
        assertRefused(late.fetch(originalId), 410, "DOCUMENT_REVOKED");
        JsonObject revocation = fetcher.awaitInInbox(revokeId);
        assertThat(revocation.getString("businessAction")).isEqualTo("REVOKE");
        assertThat(revocation.getString("relatedDocumentId")).isEqualTo(originalId);
        assertThat(late.inboxItem(revokeId)).as("who never saw the document gets no revocation").isEmpty();
        assertThat(recipientStates(sender.sent(originalId)))
                .containsEntry(fetcher.code(), "FETCHED").containsEntry(late.code(), "REVOKED");
        JsonObject revokeView = sender.sent(revokeId);
        assertThat(recipientStates(revokeView)).containsOnlyKeys(fetcher.code());
        assertThat(revokeView.getString("relatedDocumentId")).isEqualTo(originalId);
    }

    @Test
    void revokingADocumentTheSenderNeverSentIsRefused() {
        Packages.Document never = Packages.document(sender.code(), fetcher.code());

        HubResponse response = sender.postXml("/api/v1/documents", bytes(withBusiness(never.xml(), 1, "")));

        assertRefused(response, 404, "UNKNOWN_DOCUMENT");
        assertThat(response.json().getString("element")).isEqualTo("TraceHeaderList/Bussiness/DocumentId");
        assertThat(sender.get("/api/v1/sent?limit=500").text()).as("the refused revoke left nothing behind")
                .doesNotContain(never.edxmlId());
    }

    @Test
    void aReplacementIsLinkedToTheDocumentItReplacesInInboxAndHistory() {
        Packages.Document original = Packages.document(sender.code(), fetcher.code());
        String originalId = sender.send(original.xml());
        Packages.Document replacement = Packages.document(sender.code(), fetcher.code());
        String replacementXml = withBusiness(replacement.xml(), 3, "<edXML:BussinessDocReason>Sai thời hạn</edXML:BussinessDocReason>"
                + "<edXML:ReplacementInfoList><edXML:ReplacementInfo><edXML:DocumentId>" + original.edxmlId()
                + "</edXML:DocumentId><edXML:OrganIdList><edXML:OrganId>" + fetcher.code()
                + "</edXML:OrganId></edXML:OrganIdList></edXML:ReplacementInfo></edXML:ReplacementInfoList>");

        String replacementId = sender.send(replacementXml);

        JsonObject item = fetcher.awaitInInbox(replacementId);
        assertThat(item.getString("businessAction")).isEqualTo("REPLACE");
        assertThat(item.getString("relatedDocumentId")).isEqualTo(originalId);
        assertThat(item.getString("relatedEdxmlDocumentId")).isEqualTo(original.edxmlId());
        assertThat(sender.sent(replacementId).getString("relatedDocumentId")).isEqualTo(originalId);
    }

    @Test
    void aReplacementIsLinkedToTheDocumentNamedInReplacementInfoNotToItself() {
        Packages.Document original = Packages.document(sender.code(), fetcher.code());
        String originalId = sender.send(original.xml());
        Packages.Document replacement = Packages.document(sender.code(), fetcher.code());
        // As client software writes it: the business block carries the replacement's own DocumentId.
        String replacementXml = withBusiness(replacement.xml(), 3, "<edXML:BussinessDocReason>Sai số liệu</edXML:BussinessDocReason>"
                + replacementInfo(original.edxmlId())).replace("<edXML:Bussiness>",
                "<edXML:Bussiness><edXML:DocumentId>" + replacement.edxmlId() + "</edXML:DocumentId>");

        String replacementId = sender.send(replacementXml);

        JsonObject view = sender.sent(replacementId);
        assertThat(view.getString("relatedDocumentId")).isEqualTo(originalId);
        assertThat(view.getString("relatedEdxmlDocumentId")).isEqualTo(original.edxmlId());
        assertThat(fetcher.awaitInInbox(replacementId).getString("relatedDocumentId")).isEqualTo(originalId);
    }

    @Test
    void aReplacementOfADocumentTheHubDoesNotHaveIsRefusedAndLeavesNothing() {
        Packages.Document never = Packages.document(sender.code(), fetcher.code());
        Packages.Document replacement = Packages.document(sender.code(), fetcher.code());

        HubResponse response = sender.postXml("/api/v1/documents",
                bytes(withBusiness(replacement.xml(), 3, replacementInfo(never.edxmlId()))));

        assertRefused(response, 404, "UNKNOWN_DOCUMENT");
        assertThat(response.json().getString("element"))
                .isEqualTo("TraceHeaderList/Bussiness/ReplacementInfoList/ReplacementInfo[1]/DocumentId");
        assertThat(sender.get("/api/v1/sent?limit=500").text()).doesNotContain(replacement.edxmlId());
    }

    @Test
    void aReplacementMustNameTheDocumentItReplaces() {
        Packages.Document replacement = Packages.document(sender.code(), fetcher.code());

        HubResponse response = sender.postXml("/api/v1/documents", bytes(withBusiness(replacement.xml(), 3, "")));

        assertRefused(response, 400, "INVALID_PACKAGE");
        assertThat(response.json().getString("element"))
                .isEqualTo("TraceHeaderList/Bussiness/ReplacementInfoList/ReplacementInfo/DocumentId");
    }

    @Test
    void anUpdateOfADocumentTheHubDoesNotHaveIsRefused() {
        Packages.Document never = Packages.document(sender.code(), fetcher.code());

        HubResponse response = sender.postXml("/api/v1/documents", bytes(withBusiness(never.xml(), 2, "")));

        assertRefused(response, 404, "UNKNOWN_DOCUMENT");
        assertThat(response.json().getString("element")).isEqualTo("TraceHeaderList/Bussiness/DocumentId");
        assertThat(sender.get("/api/v1/sent?limit=500").text()).doesNotContain(never.edxmlId());
    }

    @Test
    void aDocumentUpdatedTwiceUnderItsOwnDocumentIdGetsBothUpdatesEachLinkedToIt() {
        Packages.Document original = Packages.document(sender.code(), fetcher.code());
        String originalId = sender.send(original.xml());

        String first = sender.send(withBusiness(original.xml(), 2, "<edXML:BussinessDocReason>Bổ sung nơi nhận</edXML:BussinessDocReason>"));
        String second = sender.send(withBusiness(original.xml(), 2, "<edXML:BussinessDocReason>Sửa trích yếu</edXML:BussinessDocReason>"));

        assertThat(second).isNotEqualTo(first);
        assertThat(sender.sent(first).getString("relatedDocumentId")).isEqualTo(originalId);
        assertThat(sender.sent(second).getString("relatedDocumentId")).isEqualTo(originalId);
        assertThat(fetcher.awaitInInbox(second).getString("businessAction")).isEqualTo("UPDATE");
    }

    @Test
    void anUpdateNamesTheEarlierDocumentInItsBusinessBlock() {
        Packages.Document original = Packages.document(sender.code(), fetcher.code());
        String originalId = sender.send(original.xml());
        Packages.Document update = Packages.document(sender.code(), fetcher.code());

        String updateId = sender.send(withBusiness(update.xml(), 2, "").replace("<edXML:Bussiness>",
                "<edXML:Bussiness><edXML:DocumentId>" + original.edxmlId() + "</edXML:DocumentId>"));

        JsonObject item = fetcher.awaitInInbox(updateId);
        assertThat(item.getString("businessAction")).isEqualTo("UPDATE");
        assertThat(item.getString("relatedDocumentId")).isEqualTo(originalId);
    }

    @Test
    void theTakeBackStateFollowsTheSendersRequestAndEveryRecipientsAnswer() {
        Packages.Document document = Packages.document(sender.code(), fetcher.code(), late.code());
        String id = sender.send(document.xml());
        fetcher.awaitInInbox(id);
        late.awaitInInbox(id);

        assertThat(sender.report(document.status(sender.code(), "13", "Đề nghị lấy lại để sửa")).status()).isEqualTo(201);
        assertThat(sender.sent(id).getString("takeBackState")).isEqualTo("REQUESTED");
        assertThat(fetcher.inboxItem(id).orElseThrow().getString("takeBackState")).isEqualTo("REQUESTED");

        assertThat(fetcher.report(document.status(fetcher.code(), "15", "Đồng ý")).status()).isEqualTo(201);
        assertThat(sender.sent(id).getString("takeBackState")).isEqualTo("REQUESTED");
        assertThat(late.report(document.status(late.code(), "15", "Đồng ý")).status()).isEqualTo(201);
        assertThat(sender.sent(id).getString("takeBackState")).isEqualTo("TAKEN_BACK");

        assertThat(late.report(document.status(late.code(), "16", "Đã xử lý, không trả lại")).status()).isEqualTo(201);
        assertThat(sender.sent(id).getString("takeBackState")).isEqualTo("REFUSED");
    }

    @Test
    void aTakeBackAnswerWithoutARequestIsNotAllowed() {
        Packages.Document document = Packages.document(sender.code(), fetcher.code());
        String id = sender.send(document.xml());
        fetcher.awaitInInbox(id);

        assertRefused(fetcher.report(document.status(fetcher.code(), "15", "Đồng ý")), 409, "STATUS_NOT_ALLOWED");
    }

    @Test
    void onlyTheSenderMayAskForItsDocumentBack() {
        Packages.Document document = Packages.document(sender.code(), fetcher.code());
        String id = sender.send(document.xml());
        fetcher.awaitInInbox(id);

        HubResponse response = fetcher.report(document.status(fetcher.code(), "13", "Xin lấy lại"));

        assertRefused(response, 403, "NOT_YOURS");
    }

    @Test
    void aRejectMustGiveItsReasonAndAlwaysReachesTheSender() {
        Packages.Document document = Packages.document(sender.code(), fetcher.code());
        String id = sender.send(document.xml());
        fetcher.awaitInInbox(id);

        HubResponse withoutReason = fetcher.report(document.status(fetcher.code(), "02", ""));
        assertRefused(withoutReason, 400, "INVALID_PACKAGE");
        assertThat(withoutReason.json().getString("element")).isEqualTo("Status/Description");

        assertThat(fetcher.report(document.status(fetcher.code(), "02", "Không đúng thẩm quyền")).status()).isEqualTo(201);
        JsonObject status = sender.sent(id).getJsonArray("recipients").getJsonObject(0)
                .getJsonArray("statuses").getJsonObject(0);
        assertThat(status.getString("code")).isEqualTo("02");
        assertThat(status.getString("description")).isEqualTo("Không đúng thẩm quyền");
    }

    private static String withBusiness(String xml, int type, String more) {
        return xml.replace("<edXML:BussinessDocType>0</edXML:BussinessDocType>",
                "<edXML:BussinessDocType>" + type + "</edXML:BussinessDocType>" + more);
    }

    private String replacementInfo(String replacedEdxmlId) {
        return "<edXML:ReplacementInfoList><edXML:ReplacementInfo><edXML:DocumentId>" + replacedEdxmlId
                + "</edXML:DocumentId><edXML:OrganIdList><edXML:OrganId>" + fetcher.code()
                + "</edXML:OrganId></edXML:OrganIdList></edXML:ReplacementInfo></edXML:ReplacementInfoList>";
    }

    private static Map<String, String> recipientStates(JsonObject sentView) {
        return sentView.getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("code"), r -> r.getString("state")));
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
