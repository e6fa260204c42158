package vn.lienthong.it.edxml;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub appends its own TraceHeader only when the recipient asks, and never changes a sender's byte. */
class HubTraceHeaderIT {


    private final AgencyClient sender = Hub.as("000.00.03.H20");
    private final AgencyClient recipient = Hub.as("000.00.04.H20");

    @Test
    void theDefaultFetchIsByteForByteAndTraceHubAddsOnlyTheHubsTraceHeader() {
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        String id = sender.send(document.xml());
        recipient.awaitInInbox(id);

        HubResponse plain = recipient.fetch(id);
        HubResponse traced = recipient.get("/api/v1/inbox/" + id + "?trace=hub");

        assertThat(plain.body()).isEqualTo(document.xml().getBytes(StandardCharsets.UTF_8));
        assertThat(traced.status()).isEqualTo(200);
        Matcher hub = Pattern.compile("<edXML:TraceHeader><edXML:OrganId>000\\.00\\.90\\.G22</edXML:OrganId>"
                + "<edXML:Timestamp>\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}</edXML:Timestamp></edXML:TraceHeader>")
                .matcher(traced.text());
        assertThat(hub.find()).as("hub trace header in %s", traced.text()).isTrue();
        String withoutHub = traced.text().substring(0, hub.start()) + traced.text().substring(hub.end());
        assertThat(withoutHub).isEqualTo(document.xml());
    }

    @Test
    void aPackageClaimingTheHubsTraceHeaderIsRefused() {
        Packages.Document document = Packages.document(sender.code(), recipient.code());
        String forged = document.xml().replace("</edXML:TraceHeaderList>",
                "<edXML:TraceHeader><edXML:OrganId>000.00.90.G22</edXML:OrganId></edXML:TraceHeader></edXML:TraceHeaderList>");

        HubResponse response = sender.postXml("/api/v1/documents", forged.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("FORGED_TRACE_HEADER");
        assertThat(response.json().getString("element")).isEqualTo("TraceHeaderList/TraceHeader[2]/OrganId");
    }
}
