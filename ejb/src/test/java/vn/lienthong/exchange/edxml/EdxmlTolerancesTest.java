package vn.lienthong.exchange.edxml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each tolerance of {@link EdxmlTolerances} is accepted by the lenient reader and refused in strict mode. */
class EdxmlTolerancesTest {

    private final EdxmlReader lenient = new EdxmlReader(EdxmlLimits.DEFAULT, EdxmlTolerances.LENIENT);
    private final EdxmlReader strict = new EdxmlReader(EdxmlLimits.DEFAULT, EdxmlTolerances.STRICT);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Business spelling            | <edXML:Bussiness>                                | <edXML:Business>",
            "Business spelling (end tag)  | </edXML:Bussiness>                               | </edXML:Business>",
            "ISO date                     | <edXML:DueDate>2026/12/31<                       | <edXML:DueDate>2026-12-31<",
            "dd/MM/yyyy date              | <edXML:DueDate>2026/12/31<                       | <edXML:DueDate>31/12/2026<",
            "ISO date-time                | <edXML:Timestamp>2026/11/20 09:15:00<            | <edXML:Timestamp>2026-11-20T09:15:00<",
            "dd/MM/yyyy date-time         | <edXML:Timestamp>2026/11/20 09:15:00<            | <edXML:Timestamp>20/11/2026 09:15:00<",
            "ISO date-time with offset    | <edXML:Timestamp>2026/11/20 09:15:00<            | <edXML:Timestamp>2026-11-20T09:15:00+07:00<",
            "ISO date-time in UTC         | <edXML:Timestamp>2026/11/20 09:15:00<            | <edXML:Timestamp>2026-11-20T02:15:00Z<",
            "ISO date with offset         | <edXML:DueDate>2026/12/31<                       | <edXML:DueDate>2026-12-31+07:00<",
            "irregular agency code        | <edXML:OrganId>000.00.00.H20</edXML:OrganId>     | <edXML:OrganId>999.010.01.H22</edXML:OrganId>",
            "content id without cid:      | <edXML:ContentId>cid:phu-luc.docx<               | <edXML:ContentId><![CDATA[<phu-luc.docx>]]><",
            "unqualified element          | <edXML:Subject>V/v                               | <Subject xmlns=''>V/v",
            "unqualified element (end)    | &lt;4 cấp&gt;</edXML:Subject>                    | &lt;4 cấp&gt;</Subject>",
            "missing DocumentId           | <edXML:DocumentId>000.00.00.G22,2026/11/20,7816/VPCP-TTĐT</edXML:DocumentId> | ",
    })
    void theLenientReaderAcceptsWhatTheStrictOneRefuses(String tolerance, String formal, String variant) {
        String xml = fixture();
        assertThat(xml).contains(formal);
        String varied = xml.replace(formal, variant == null ? "" : variant);
        if (tolerance.startsWith("Business spelling")) {
            varied = varied.replace("Bussiness", "Business");
        }
        if (tolerance.startsWith("unqualified")) {
            varied = varied.replace("<edXML:Subject>V/v", "<Subject xmlns=''>V/v")
                    .replace("&lt;4 cấp&gt;</edXML:Subject>", "&lt;4 cấp&gt;</Subject>");
        }
        String packageXml = varied;

        assertThat(lenient.read(stream(packageXml))).isInstanceOf(DocumentPackage.class);
        assertThatThrownBy(() -> strict.read(stream(packageXml)))
                .as(tolerance)
                .isInstanceOf(InvalidPackageException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2026-03-11T08:30:00+07:00, 2026-03-11T08:30:00",
            "2026-03-11T08:30+07:00, 2026-03-11T08:30:00",
            "2026-03-11T08:30:00.250+07:00, 2026-03-11T08:30:00.250",
            "2026-03-11T08:30:00+0700, 2026-03-11T08:30:00",
            "2026-03-11T08:30:00+07, 2026-03-11T08:30:00",
            "2026-03-11 08:30:00+07:00, 2026-03-11T08:30:00",
            "2026-03-11T01:30:00Z, 2026-03-11T08:30:00",
            "2026-03-11T01:30:00+00:00, 2026-03-11T08:30:00",
            "2026-03-10T20:30:00-05:00, 2026-03-11T08:30:00",
            "2026-03-11T23:30:00+09:00, 2026-03-11T21:30:00"})
    void anOffsetDateTimeNamesAnInstantKeptAsVietnamTime(String written, String vietnamTime) {
        assertThat(EdxmlTolerances.LENIENT.dateTime(written)).contains(java.time.LocalDateTime.parse(vietnamTime));
        assertThat(EdxmlTolerances.STRICT.dateTime(written)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-03-11T08:30:00+25:00", "2026-03-11T08:30:00+7", "2026-03-1108:30:00+07:00",
            "2026-02-30T08:30:00+07:00", "2026-03-11T24:30:00+07:00"})
    void anOffsetDateTimeThatIsNotOneIsRefused(String written) {
        assertThat(EdxmlTolerances.LENIENT.dateTime(written)).isEmpty();
    }

    private static String fixture() {
        try (InputStream in = EdxmlTolerancesTest.class.getResourceAsStream("/edxml/full/document-every-field.edxml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
