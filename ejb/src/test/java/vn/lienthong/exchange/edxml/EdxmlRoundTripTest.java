package vn.lienthong.exchange.edxml;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the hub writes, a strict reader reads back to the same model: read → write → read loses nothing. */
class EdxmlRoundTripTest {

    private final EdxmlReader strict = new EdxmlReader(EdxmlLimits.DEFAULT, EdxmlTolerances.STRICT);
    private final EdxmlWriter writer = new EdxmlWriter();

    @Test
    void aDocumentPackageWithEveryFieldSurvivesWriteAndReadUnchanged() throws IOException {
        List<ByteArrayOutputStream> attachments = new ArrayList<>();
        DocumentPackage original = (DocumentPackage) strict.read(resource("full/document-every-field.edxml"), i -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            attachments.add(out);
            return out;
        });
        assertEveryFieldFilled(original, "DocumentPackage");

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        writer.write(original, i -> new ByteArrayInputStream(attachments.get(i).toByteArray()), written);
        List<ByteArrayOutputStream> reread = new ArrayList<>();
        DocumentPackage copy = (DocumentPackage) strict.read(new ByteArrayInputStream(written.toByteArray()), i -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reread.add(out);
            return out;
        });

        assertThat(copy).isEqualTo(original);
        assertThat(reread).extracting(ByteArrayOutputStream::toByteArray)
                .containsExactlyElementsOf(attachments.stream().map(ByteArrayOutputStream::toByteArray).toList());
    }

    @Test
    void aStatusPackageWithEveryFieldSurvivesWriteAndReadUnchanged() throws IOException {
        StatusPackage original = (StatusPackage) strict.read(resource("full/status-every-field.edxml"));
        assertEveryFieldFilled(original, "StatusPackage");

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        writer.write(original, written);
        StatusPackage copy = (StatusPackage) strict.read(new ByteArrayInputStream(written.toByteArray()));

        assertThat(copy).isEqualTo(original);
    }

    @Test
    void theWriterUsesTheWireSpellingAndTheFormatsDateForms() throws IOException {
        DocumentPackage pkg = (DocumentPackage) strict.read(resource("full/document-every-field.edxml"));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        writer.write(pkg, i -> InputStream.nullInputStream(), written);
        String xml = written.toString(StandardCharsets.UTF_8);

        assertThat(xml).contains("<edXML:Bussiness>", "<edXML:BussinessDocType>3<",
                "<edXML:PromulgationDate>2026/11/20<", "<edXML:Timestamp>2026/11/20 09:15:00<",
                "<edXML:ContentId>cid:7816-VPCP-TTDT.pdf<", "xmlns=\"http://www.w3.org/2000/09/xmldsig#\"");
        assertThat(xml).doesNotContain("Business>", "-11-20");
    }

    @Test
    void aPackageReadLenientlyIsWrittenSoThatAStrictReaderAcceptsIt() {
        String lenient = new String(bytes("full/document-every-field.edxml"), StandardCharsets.UTF_8)
                .replace("Bussiness", "Business")
                .replace("<edXML:PromulgationDate>2026/11/20<", "<edXML:PromulgationDate>2026-11-20<")
                .replace("<edXML:Timestamp>2026/11/20 09:15:00<", "<edXML:Timestamp>20/11/2026 09:15:00<");
        DocumentPackage read = (DocumentPackage) new EdxmlReader(EdxmlLimits.DEFAULT)
                .read(new ByteArrayInputStream(lenient.getBytes(StandardCharsets.UTF_8)));

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        writer.write(read, i -> InputStream.nullInputStream(), written);
        DocumentPackage strictCopy = (DocumentPackage) strict.read(new ByteArrayInputStream(written.toByteArray()));

        assertThat(strictCopy.header()).isEqualTo(read.header());
        assertThat(strictCopy.business()).isEqualTo(read.business());
        assertThat(strictCopy.traces()).isEqualTo(read.traces());
    }

    @Test
    void anOffsetDateTimeIsReadAsVietnamTimeAndWrittenInTheFormatsOwnForm() {
        String withOffsets = new String(bytes("full/document-every-field.edxml"), StandardCharsets.UTF_8)
                .replace("<edXML:Timestamp>2026/11/20 09:15:00<", "<edXML:Timestamp>2026-11-20T09:15:00+07:00<")
                .replace("<edXML:Timestamp>2026/11/20 09:16:30<", "<edXML:Timestamp>2026-11-20T02:16:30Z<");
        DocumentPackage read = (DocumentPackage) new EdxmlReader(EdxmlLimits.DEFAULT)
                .read(new ByteArrayInputStream(withOffsets.getBytes(StandardCharsets.UTF_8)));

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        writer.write(read, i -> InputStream.nullInputStream(), written);
        String xml = written.toString(StandardCharsets.UTF_8);

        assertThat(xml).contains("<edXML:Timestamp>2026/11/20 09:15:00<", "<edXML:Timestamp>2026/11/20 09:16:30<")
                .doesNotContain("+07:00", "T02:16");
        DocumentPackage strictCopy = (DocumentPackage) strict.read(new ByteArrayInputStream(written.toByteArray()));
        assertThat(strictCopy.traces()).isEqualTo(read.traces());
    }

    /** The fixture must fill every component of every record of the model, or the round trip proves less than it claims. */
    private static void assertEveryFieldFilled(Object value, String path) {
        assertThat(value).as(path).isNotNull();
        if (value instanceof Collection<?> c) {
            assertThat(c).as(path).isNotEmpty();
            int i = 0;
            for (Object item : c) {
                assertEveryFieldFilled(item, path + "[" + i++ + "]");
            }
        } else if (value instanceof Map<?, ?> m) {
            assertThat(m).as(path).isNotEmpty();
        } else if (value instanceof String s) {
            assertThat(s).as(path).isNotBlank();
        } else if (value instanceof XmlElement) {
            // kept whole; compared as a tree
        } else if (value.getClass().isRecord()) {
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                try {
                    assertEveryFieldFilled(rc.getAccessor().invoke(value), path + "." + rc.getName());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static InputStream resource(String name) {
        return new ByteArrayInputStream(bytes(name));
    }

    private static byte[] bytes(String name) {
        try (InputStream in = EdxmlRoundTripTest.class.getResourceAsStream("/edxml/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
