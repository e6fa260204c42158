package vn.lienthong.it.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.soap.v1.Exchange;
import vn.lienthong.it.soap.v1.SendPackage;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.ServerLog;
import vn.lienthong.it.support.SoapHub;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;
import static vn.lienthong.it.support.SoapFaults.faultOf;

/**
 * A refusal is the caller's error, not the hub's: the server's messages.log gets one INFO line
 * with its code, and no ERROR line (no rolled-back local transaction, WLTC0017E) and no incident
 * report (FFDC) — whichever service refused, over REST or SOAP.
 */
class RefusalLogIT {

    private static final Pattern INFO_LINE = Pattern.compile("^\\[[^]]+] \\S+ \\S+\\s+I .*");

    private final AgencyClient sender = Hub.as("000.00.03.H20");
    private final AgencyClient recipient = Hub.as("000.00.04.H20");
    private final Exchange soapSender = SoapHub.exchangeAs("000.00.03.H20");

    @Test
    void refusedPackagesAndCallsAreLoggedOnceAtInfoWithTheirCodeAndNeverAsErrors() {
        ServerLog log = ServerLog.mark();
        String run = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));

        // the reader refuses (SubmissionService)
        String badCode = "rest-bad-code-" + run;
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        assertRefused(sender.postXml("/api/v1/documents", bytes(document.xml()
                .replace("<edXML:OrganId>" + sender.code() + "</edXML:OrganId><edXML:OrganName>Đơn vị gửi",
                        "<edXML:OrganId>" + badCode + "</edXML:OrganId><edXML:OrganName>Đơn vị gửi"))), 400, "INVALID_PACKAGE");
        // the registry refuses inside its transaction (a revoke of a document never sent)
        Packages.Document never = Packages.numbered(sender.code(), "REVOKE-" + run, 1, recipient.code());
        assertRefused(sender.postXml("/api/v1/documents", bytes(never.xml().replace(
                "<edXML:BussinessDocType>0</edXML:BussinessDocType>", "<edXML:BussinessDocType>1</edXML:BussinessDocType>"))),
                404, "UNKNOWN_DOCUMENT");
        // a status about a document never sent (StatusService)
        Packages.Document unknown = Packages.numbered(sender.code(), "STATUS-" + run, 1, recipient.code());
        assertRefused(recipient.report(unknown.status(recipient.code(), "03", "Đã vào sổ")), 404, "UNKNOWN_DOCUMENT");
        // a fetch confirmation for a document the hub does not have
        String unknownId = UUID.randomUUID().toString();
        assertRefused(recipient.acknowledge(unknownId, "done", null), 404, "UNKNOWN_DOCUMENT");
        // the same reader refusal over SOAP
        String soapBadCode = "soap-bad-code-" + run;
        Packages.Document overSoap = Packages.document(sender.code(), recipient.code());
        assertThat(faultOf(() -> soapSender.sendPackage(sendPackage(bytes(overSoap.xml()
                .replace("<edXML:OrganId>" + sender.code() + "</edXML:OrganId><edXML:OrganName>Đơn vị gửi",
                        "<edXML:OrganId>" + soapBadCode + "</edXML:OrganId><edXML:OrganName>Đơn vị gửi")))))
                .getCode()).isEqualTo("INVALID_PACKAGE");

        Map<String, String> codeByMarker = Map.of(badCode, "INVALID_PACKAGE", never.edxmlId(), "UNKNOWN_DOCUMENT",
                unknown.edxmlId(), "UNKNOWN_DOCUMENT", unknownId, "UNKNOWN_DOCUMENT", soapBadCode, "INVALID_PACKAGE");
        List<String> lines = log.awaitLines(line -> line.contains(soapBadCode), Duration.ofSeconds(20));
        codeByMarker.forEach((marker, code) -> {
            List<String> about = lines.stream().filter(line -> line.contains(marker)).toList();
            assertThat(about).as("log lines naming %s", marker).hasSize(1);
            assertThat(about.get(0)).as("logged at INFO with its code").matches(INFO_LINE).contains(code);
        });
        assertThat(lines).as("no rolled-back local transaction logged as an error")
                .noneMatch(line -> line.contains("WLTC0017E"));
        assertThat(lines).as("no incident reported").noneMatch(line -> line.contains("FFDC1015I"));
        assertThat(log.newIncidents()).as("no incident report written").isEmpty();
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static SendPackage sendPackage(byte[] bytes) {
        SendPackage request = new SendPackage();
        request.setPackage(SoapHub.attachment(bytes));
        return request;
    }
}
