package vn.lienthong.exchange.document;

import org.junit.jupiter.api.Test;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.exchange.edxml.EdxmlTolerances;
import vn.lienthong.exchange.edxml.TraceHeader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class TraceHeaderAppenderTest {

    private static final TraceHeader HUB = new TraceHeader("000.00.90.G22", LocalDateTime.of(2026, 11, 30, 10, 5, 0));

    @Test
    void insertsOneTraceHeaderAtTheEndOfTheListAndChangesNoOtherByte() throws IOException {
        byte[] original = resource("/edxml/full/document-every-field.edxml");

        byte[] traced = TraceHeaderAppender.append(new ByteArrayInputStream(original), HUB).orElseThrow().readAllBytes();

        String inserted = "<edXML:TraceHeader><edXML:OrganId>000.00.90.G22</edXML:OrganId>"
                + "<edXML:Timestamp>2026/11/30 10:05:00</edXML:Timestamp></edXML:TraceHeader>";
        String text = new String(traced, StandardCharsets.UTF_8);
        int at = text.indexOf(inserted);
        assertThat(at).isPositive();
        assertThat(text.substring(at + inserted.length()).stripLeading()).startsWith("</edXML:TraceHeaderList>");
        byte[] insertedBytes = inserted.getBytes(StandardCharsets.UTF_8);
        int byteAt = indexOf(traced, insertedBytes);
        byte[] withoutHub = new byte[traced.length - insertedBytes.length];
        System.arraycopy(traced, 0, withoutHub, 0, byteAt);
        System.arraycopy(traced, byteAt + insertedBytes.length, withoutHub, byteAt, traced.length - byteAt - insertedBytes.length);
        assertThat(withoutHub).as("the sender's bytes, every one, in order").isEqualTo(original);
    }

    @Test
    void theTracedPackageReadsStrictlyWithTheHubAsLastHop() throws IOException {
        byte[] original = resource("/edxml/full/document-every-field.edxml");
        InputStream traced = TraceHeaderAppender.append(new ByteArrayInputStream(original), HUB).orElseThrow();

        DocumentPackage pkg = (DocumentPackage) new EdxmlReader(EdxmlLimits.DEFAULT, EdxmlTolerances.STRICT).read(traced);

        assertThat(pkg.traces()).hasSize(3).last().isEqualTo(HUB);
    }

    @Test
    void aPackageWithoutTraceListGetsOneAfterItsMessageHeader() throws IOException {
        String xml = new String(resource("/edxml/full/document-every-field.edxml"), StandardCharsets.UTF_8);
        String withoutList = xml.substring(0, xml.indexOf("<edXML:TraceHeaderList>"))
                + xml.substring(xml.indexOf("</edXML:TraceHeaderList>") + "</edXML:TraceHeaderList>".length());
        InputStream traced = TraceHeaderAppender.append(
                new ByteArrayInputStream(withoutList.getBytes(StandardCharsets.UTF_8)), HUB).orElseThrow();

        DocumentPackage pkg = (DocumentPackage) new EdxmlReader(EdxmlLimits.DEFAULT).read(traced);

        assertThat(pkg.traces()).containsExactly(HUB);
    }

    @Test
    void aRelayedDocumentIsTracedWithTheHopsItPassedAndThenThisHub() throws IOException {
        byte[] original = resource("/edxml/full/document-every-field.edxml");
        TraceHeader provinceA = new TraceHeader("000.00.90.H41", LocalDateTime.of(2026, 11, 30, 10, 0, 0));
        TraceHeader national = new TraceHeader("000.00.90.G22", LocalDateTime.of(2026, 11, 30, 10, 0, 2));
        TraceHeaderAppender provinceB = appenderOf("000.00.90.H29");
        LocalDateTime fetchedAt = LocalDateTime.of(2026, 11, 30, 10, 7, 0);

        byte[] traced = provinceB.append(new ByteArrayInputStream(original), new Hops(java.util.List.of(provinceA, national)),
                fetchedAt).orElseThrow().readAllBytes();

        DocumentPackage pkg = (DocumentPackage) new EdxmlReader(EdxmlLimits.DEFAULT, EdxmlTolerances.STRICT)
                .read(new ByteArrayInputStream(traced));
        assertThat(pkg.traces()).hasSize(5).endsWith(provinceA, national, new TraceHeader("000.00.90.H29", fetchedAt));
        HopTrail.Stripped stripped = HopTrail.strip(new ByteArrayInputStream(traced), 3);
        assertThat(stripped.senderBytes().readAllBytes()).as("the sender's bytes, every one, in order").isEqualTo(original);
    }

    @Test
    void aDocumentSentHereIsTracedWithThisHubAlone() throws IOException {
        byte[] original = resource("/edxml/full/document-every-field.edxml");
        TraceHeaderAppender hub = appenderOf("000.00.90.G22");

        InputStream traced = hub.append(new ByteArrayInputStream(original), Hops.none(), HUB.timestamp()).orElseThrow();

        DocumentPackage pkg = (DocumentPackage) new EdxmlReader(EdxmlLimits.DEFAULT, EdxmlTolerances.STRICT).read(traced);
        assertThat(pkg.traces()).hasSize(3).last().isEqualTo(HUB);
    }

    private static TraceHeaderAppender appenderOf(String hubCode) {
        TraceHeaderAppender appender = new TraceHeaderAppender();
        appender.hub = new vn.lienthong.directory.federation.HubIdentity() {
            @Override
            public vn.lienthong.directory.agency.AgencyCode code() {
                return vn.lienthong.directory.agency.AgencyCode.of(hubCode);
            }
        };
        return appender;
    }

    @Test
    void aStatusPackageHasNoPlaceForATraceAndIsLeftAlone() throws IOException {
        assertThat(TraceHeaderAppender.append(new ByteArrayInputStream(resource("/edxml/full/status-every-field.edxml")), HUB))
                .isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TraceHeaderAppenderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
