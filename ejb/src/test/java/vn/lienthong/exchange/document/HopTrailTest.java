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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HopTrailTest {

    private static final TraceHeader PROVINCE_A = new TraceHeader("000.00.90.H41", LocalDateTime.of(2026, 12, 6, 9, 0, 1));
    private static final TraceHeader NATIONAL = new TraceHeader("000.00.90.G22", LocalDateTime.of(2026, 12, 6, 9, 0, 3));

    @Test
    void twoHopsAppendedAndTakenOutGiveTheSendersBytesBackAndTheHopsInOrder() throws IOException {
        byte[] sender = resource("/edxml/full/document-every-field.edxml");
        byte[] relayed = HopTrail.append(() -> new ByteArrayInputStream(sender), List.of(PROVINCE_A, NATIONAL)).readAllBytes();

        HopTrail.Stripped stripped = HopTrail.strip(new ByteArrayInputStream(relayed), 2);

        assertThat(stripped.senderBytes().readAllBytes()).as("every byte the sender signed, and no other").isEqualTo(sender);
        assertThat(stripped.hops()).containsExactly(PROVINCE_A, NATIONAL);
    }

    @Test
    void theRelayedPackageReadsStrictlyWithEachHopAfterTheSendersOwnTraces() throws IOException {
        byte[] sender = resource("/edxml/full/document-every-field.edxml");
        InputStream relayed = HopTrail.append(() -> new ByteArrayInputStream(sender), List.of(PROVINCE_A, NATIONAL));

        DocumentPackage pkg = (DocumentPackage) new EdxmlReader(EdxmlLimits.DEFAULT, EdxmlTolerances.STRICT).read(relayed);

        assertThat(pkg.traces()).hasSize(4).endsWith(PROVINCE_A, NATIONAL);
    }

    @Test
    void aRetriedRelaySendsTheVeryBytesOfTheFirstAttempt() throws IOException {
        byte[] sender = resource("/edxml/full/document-every-field.edxml");

        byte[] first = HopTrail.append(() -> new ByteArrayInputStream(sender), List.of(PROVINCE_A)).readAllBytes();
        byte[] retry = HopTrail.append(() -> new ByteArrayInputStream(sender), List.of(PROVINCE_A)).readAllBytes();

        assertThat(retry).isEqualTo(first);
    }

    @Test
    void theTraceListTheFirstHopCreatedIsTakenOutWithItsHops() throws IOException {
        byte[] sender = withoutTraceList();
        byte[] relayed = HopTrail.append(() -> new ByteArrayInputStream(sender), List.of(PROVINCE_A, NATIONAL)).readAllBytes();
        assertThat(new String(relayed, StandardCharsets.UTF_8)).contains("<edXML:TraceHeaderList>");

        HopTrail.Stripped stripped = HopTrail.strip(new ByteArrayInputStream(relayed), 2);

        assertThat(stripped.senderBytes().readAllBytes()).isEqualTo(sender);
        assertThat(stripped.hops()).containsExactly(PROVINCE_A, NATIONAL);
    }

    @Test
    void onlyTheAnnouncedHopsAreTakenOutEvenWhenTheSenderWroteOneInTheHubsForm() throws IOException {
        byte[] sender = resource("/edxml/full/document-every-field.edxml");
        byte[] senderWithHubFormTrace = HopTrail.append(() -> new ByteArrayInputStream(sender), List.of(PROVINCE_A)).readAllBytes();
        byte[] relayed = HopTrail.append(() -> new ByteArrayInputStream(senderWithHubFormTrace), List.of(NATIONAL)).readAllBytes();

        HopTrail.Stripped stripped = HopTrail.strip(new ByteArrayInputStream(relayed), 1);

        assertThat(stripped.senderBytes().readAllBytes()).isEqualTo(senderWithHubFormTrace);
        assertThat(stripped.hops()).containsExactly(NATIONAL);
    }

    @Test
    void moreHopsAnnouncedThanThePackageCarriesIsRefused() throws IOException {
        byte[] sender = resource("/edxml/full/document-every-field.edxml");
        byte[] relayed = HopTrail.append(() -> new ByteArrayInputStream(sender), List.of(NATIONAL)).readAllBytes();

        assertThatThrownBy(() -> HopTrail.strip(new ByteArrayInputStream(relayed), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Hop 1 of 2");
    }

    @Test
    void noHopsLeavesThePackageAsReceived() throws IOException {
        byte[] sender = resource("/edxml/full/document-every-field.edxml");

        HopTrail.Stripped stripped = HopTrail.strip(new ByteArrayInputStream(sender), 0);

        assertThat(stripped.senderBytes().readAllBytes()).isEqualTo(sender);
        assertThat(stripped.hops()).isEmpty();
    }

    @Test
    void aStatusPackageTravelsUnchanged() throws IOException {
        byte[] status = resource("/edxml/full/status-every-field.edxml");

        assertThat(HopTrail.append(() -> new ByteArrayInputStream(status), List.of(PROVINCE_A)).readAllBytes()).isEqualTo(status);
    }

    private static byte[] withoutTraceList() throws IOException {
        String xml = new String(resource("/edxml/full/document-every-field.edxml"), StandardCharsets.UTF_8);
        return (xml.substring(0, xml.indexOf("<edXML:TraceHeaderList>"))
                + xml.substring(xml.indexOf("</edXML:TraceHeaderList>") + "</edXML:TraceHeaderList>".length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HopTrailTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
