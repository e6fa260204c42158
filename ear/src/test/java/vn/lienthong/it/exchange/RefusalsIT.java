package vn.lienthong.it.exchange;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * Every refusal is a problem document with a stable code, and a refused package leaves nothing
 * behind: it never appears in the sender's sent list nor in any inbox.
 */
class RefusalsIT {

    private final AgencyClient sender = Hub.as("000.00.03.H20");
    private final AgencyClient recipient = Hub.as("000.00.04.H20");

    @Test
    void malformedXmlIsRefused() {
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        String broken = document.xml().replace("</edXML:Subject>", "</edXML:Subjct>");

        assertRefused(sender.postXml("/api/v1/documents", bytes(broken)), 400, "MALFORMED_XML");
        assertNothingStored(document);
    }

    @Test
    void xmlThatIsNotEdxmlIsRefused() {
        assertRefused(sender.postXml("/api/v1/documents", bytes("<invoice><total>1</total></invoice>")), 400, "NOT_EDXML");
    }

    @Test
    void theRightRootInAnotherNamespaceIsNotEdxml() {
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        String otherNamespace = document.xml().replace(Packages.NAMESPACE, "http://example.org/edxml");

        assertRefused(sender.postXml("/api/v1/documents", bytes(otherNamespace)), 400, "NOT_EDXML");
        assertNothingStored(document);
    }

    @Test
    void aPackageFromAnotherAgencyThanTheSignedInOneIsRefused() {
        Packages.Document document = Packages.document("000.00.00.G22", recipient.code());

        HubResponse response = sender.postXml("/api/v1/documents", bytes(document.xml()));

        assertRefused(response, 403, "SENDER_MISMATCH");
        assertThat(response.json().getString("element")).isEqualTo("MessageHeader/From/OrganId");
        assertThat(Hub.as("000.00.00.G22").get("/api/v1/sent?limit=500").text()).doesNotContain(document.number());
    }

    @Test
    void anUnknownRecipientIsRefusedAndNamed() {
        Packages.Document document = Packages.document(sender.code(), recipient.code(), "000.00.88.H20");

        HubResponse response = sender.postXml("/api/v1/documents", bytes(document.xml()));

        assertRefused(response, 422, "UNKNOWN_RECIPIENT");
        assertThat(response.json().getString("element")).isEqualTo("MessageHeader/To[2]/OrganId");
        assertNothingStored(document);
        assertThat(recipient.get("/api/v1/inbox?limit=500").text()).doesNotContain(document.number());
    }

    @Test
    void anInactiveRecipientIsRefused() {
        Packages.Document document = Packages.document(sender.code(), "000.00.39.H20");

        assertRefused(sender.postXml("/api/v1/documents", bytes(document.xml())), 422, "INACTIVE_RECIPIENT");
        assertNothingStored(document);
    }

    @Test
    void aRecipientCodeThatIsNoCodeIsRefusedAsAnInvalidPackage() {
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        String badCode = document.xml().replace("<edXML:OrganId>" + recipient.code(), "<edXML:OrganId>000.0O.04.H20");

        HubResponse response = sender.postXml("/api/v1/documents", bytes(badCode));

        assertRefused(response, 400, "INVALID_PACKAGE");
        assertThat(response.json().getString("element")).isEqualTo("MessageHeader/To[1]/OrganId");
        assertNothingStored(document);
    }

    @Test
    void aStatusPackageSentAsADocumentIsRefused() {
        Packages.Document document = Packages.document(sender.code(), recipient.code());

        assertRefused(sender.postXml("/api/v1/documents", bytes(document.status(sender.code(), "03", "x"))),
                400, "WRONG_PACKAGE_KIND");
    }

    @Test
    void anUnknownDocumentIdIsRefused() {
        assertRefused(recipient.fetch("01a00000-0000-7000-8000-000000000000"), 404, "UNKNOWN_DOCUMENT");
        assertRefused(recipient.acknowledge("01a00000-0000-7000-8000-000000000000", "done", null), 404, "UNKNOWN_DOCUMENT");
        assertRefused(sender.get("/api/v1/sent/01a00000-0000-7000-8000-000000000000"), 404, "UNKNOWN_DOCUMENT");
    }

    @Test
    void somethingThatIsNoDocumentIdIsAnInvalidRequest() {
        assertRefused(recipient.fetch("../../etc/passwd"), 404, "NOT_FOUND");
        assertRefused(recipient.fetch("not-an-id"), 400, "INVALID_REQUEST");
    }

    @Test
    void aStatusAboutADocumentNobodySentIsRefusedAndStoresNothing() {
        Packages.Document neverSent = Packages.document(sender.code(), recipient.code());

        HubResponse response = recipient.report(neverSent.status(recipient.code(), "03", "Đã vào sổ"));

        assertRefused(response, 404, "UNKNOWN_DOCUMENT");
        assertThat(response.json().getString("element")).isEqualTo("Status/ResponseFor/DocumentId");
    }

    @Test
    void aStatusFromAnAgencyThatDidNotReceiveTheDocumentIsRefusedAndStoresNothing() {
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        String id = sender.send(document.xml());
        AgencyClient bystander = Hub.as("000.00.05.H20");

        assertRefused(bystander.report(document.status(bystander.code(), "03", "Đã vào sổ")), 403, "NOT_YOURS");
        assertRefused(recipient.report(document.status(bystander.code(), "03", "Đã vào sổ")), 403, "SENDER_MISMATCH");
        JsonObject sent = sender.sent(id);
        assertThat(sent.getJsonArray("recipients").getJsonObject(0).getJsonArray("statuses")).isEmpty();
    }

    @Test
    void anAcknowledgementNeedsAKnownResult() {
        String id = sender.send(Packages.document(sender.code(), recipient.code()).xml());
        recipient.awaitInInbox(id);

        assertRefused(recipient.postJson("/api/v1/inbox/" + id + "/ack", "{}"), 400, "INVALID_REQUEST");
        assertRefused(recipient.acknowledge(id, "maybe", null), 400, "INVALID_REQUEST");
        assertThat(recipient.inboxItem(id)).hasValueSatisfying(i -> assertThat(i.getString("state")).isEqualTo("DELIVERED"));
    }

    @Test
    void anUnknownPathIsAProblemDocumentToo() {
        assertRefused(sender.get("/api/v1/nowhere"), 404, "NOT_FOUND");
    }

    @Test
    void everyProblemSpeaksEnglishAndVietnamese() {
        JsonObject problem = sender.postXml("/api/v1/documents", bytes("<a/>")).json();

        assertThat(problem.getString("type")).isEqualTo("urn:lienthong:problem:NOT_EDXML");
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("title_vi")).isNotBlank();
        assertThat(problem.getString("detail_vi")).isNotBlank();
        assertThat(problem.getString("instance")).isEqualTo("/api/v1/documents");
    }

    private void assertNothingStored(Packages.Document document) {
        HubResponse sent = sender.get("/api/v1/sent?limit=500");
        List<String> numbers = sent.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("edxmlDocumentId")).toList();
        assertThat(numbers).doesNotContain(document.edxmlId());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
