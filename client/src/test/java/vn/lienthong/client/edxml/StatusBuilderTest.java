package vn.lienthong.client.edxml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusBuilderTest {

    @TempDir
    Path dir;

    private ReceivedDocument received() throws Exception {
        Path file = dir.resolve("received.edxml");
        DocumentBuilder.from("000.00.00.G22", "Văn phòng Chính phủ").to("000.00.00.H41", null)
                .code("7816", "VPCP-TTĐT").promulgation("Hà Nội", LocalDate.of(2026, 11, 20)).subject("V/v thử")
                .build().writeUnsigned(file);
        return ReceivedDocument.read(file);
    }

    @Test
    void readsWhatAStatusNeedsFromTheReceivedPackagesHeader() throws Exception {
        assertThat(received()).isEqualTo(new ReceivedDocument("000.00.00.G22", "000.00.00.G22,2026/11/20,7816/VPCP-TTĐT",
                "7816/VPCP-TTĐT", "2026/11/20", "V/v thử"));
    }

    @Test
    void answersTheReceivedDocumentAsTheHubExpectsAStatus() throws Exception {
        Path file = dir.resolve("status.edxml");
        StatusBuilder.answering(received()).from("000.00.00.H41", "UBND tỉnh Nghệ An")
                .status(StatusCode.ACCEPTED, "Đã vào sổ số 1024").staff("Văn phòng", "Lê Văn C").build().writeUnsigned(file);

        assertThat(Files.readString(file)).containsSubsequence("<edXML:Status><edXML:ResponseFor><edXML:OrganId>000.00.00.G22<",
                "<edXML:Code>7816/VPCP-TTĐT<", "<edXML:PromulgationDate>2026/11/20<", "<edXML:DocumentId>000.00.00.G22,2026/11/20,7816/VPCP-TTĐT<",
                "<edXML:From><edXML:OrganId>000.00.00.H41<", "<edXML:StatusCode>03</edXML:StatusCode>", "<edXML:Description>Đã vào sổ số 1024<",
                "<edXML:Timestamp>", "<edXML:StaffInfo><edXML:Department>Văn phòng<", "</edXML:Status></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML:edXML>");
    }

    @Test
    void aRejectWithoutItsReasonIsRefusedBeforeItIsSent() throws Exception {
        ReceivedDocument doc = received();
        assertThatThrownBy(() -> StatusBuilder.answering(doc).from("000.00.00.H41", null).status(StatusCode.REJECTED, null).build())
                .hasMessageContaining("Status/Description");
    }

    @Test
    void statusCodesAreReadByNumberOrName() {
        assertThat(StatusCode.of("03")).isEqualTo(StatusCode.ACCEPTED);
        assertThat(StatusCode.of("take_back_agreed").code()).isEqualTo("15");
        assertThatThrownBy(() -> StatusCode.of("07")).hasMessageContaining("01-06, 13, 15, 16");
    }
}
