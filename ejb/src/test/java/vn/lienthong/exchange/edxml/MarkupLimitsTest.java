package vn.lienthong.exchange.edxml;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.BusinessException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Attribute values, comments and processing instructions are bounded like text, and refused before
 * the parser holds them whole; so is a document type declaration; CDATA is bounded as text is.
 */
class MarkupLimitsTest {

    private static final EdxmlLimits LIMITS = new EdxmlLimits(32, 20_000, 50_000, 1_000, 2_000, 10, 1 << 20);
    private final EdxmlReader reader = new EdxmlReader(LIMITS);

    @Test
    void refusesAnAttributeValueOverItsLimitNamingTheAttribute() {
        String xml = EdxmlReaderTest.document("").replace("<edXMLManifest version=\"1.0\"", "<edXMLManifest version=\"" + "1".repeat(1_001) + "\"");

        PackageLimitExceededException e = refusal(xml);

        assertThat(e.element()).contains("edXMLManifest/@version");
        assertThat(e.getMessage()).contains("edxml.limit.attribute");
    }

    @Test
    void refusesACommentOverItsLimit() {
        String xml = EdxmlReaderTest.document("").replace("<Subject>", "<!--" + "c".repeat(2_001) + "--><Subject>");

        PackageLimitExceededException e = refusal(xml);

        assertThat(e.element()).contains("comment");
        assertThat(e.getMessage()).contains("edxml.limit.comment");
    }

    @Test
    void refusesAProcessingInstructionOverItsLimit() {
        String xml = EdxmlReaderTest.document("").replace("<Subject>", "<?vendor " + "p".repeat(2_001) + "?><Subject>");

        assertThat(refusal(xml).element()).contains("processing instruction");
    }

    @Test
    void countsCharactersNotBytes() {
        String withinLimits = EdxmlReaderTest.document("")
                .replace("<Subject>", "<!--" + "ệ".repeat(1_900) + "--><Subject>")
                .replace("<edXMLManifest version=\"1.0\"", "<edXMLManifest version=\"" + "ố".repeat(990) + "\"");

        assertThat(reader.read(stream(withinLimits))).isInstanceOf(DocumentPackage.class);
    }

    @Test
    void refusesAHugeCommentLongBeforeReadingItAll() {
        assertRefusedEarly("<!--", "comment");
    }

    @Test
    void refusesAHugeProcessingInstructionLongBeforeReadingItAll() {
        assertRefusedEarly("<?x ", "processing instruction");
    }

    @Test
    void refusesAHugeAttributeValueLongBeforeReadingItAll() {
        assertRefusedEarly("<Subject note=\"", "Subject/@note");
    }

    @Test
    void refusesAHugeCdataSectionAsTextLongBeforeReadingItAll() {
        assertRefusedEarly("<Subject><![CDATA[", "Subject");
    }

    @Test
    void refusesADocumentTypeDeclarationBeforeReadingItsInternalSubset() {
        CountingStream in = new CountingStream(concat(("<?xml version=\"1.0\"?><!DOCTYPE edXML [<!--").getBytes(StandardCharsets.UTF_8),
                endless()));

        assertThatThrownBy(() -> reader.read(in)).isInstanceOf(ForbiddenXmlException.class)
                .satisfies(e -> assertThat(((BusinessException) e).element()).contains("DOCTYPE"));
        assertThat(in.consumed).isLessThan(1 << 20);
    }

    @Test
    void markupInsideCommentsCdataAndAttributeValuesIsOnlyText() {
        String xml = EdxmlReaderTest.document("")
                .replace("<Subject>Kiểm thử</Subject>", "<!-- <!DOCTYPE x> <![CDATA[ \"' --><?note <!-- ' \" ?>"
                        + "<Subject><![CDATA[<!--" + "x".repeat(5_000) + " <!DOCTYPE ]] > ]]>Kiểm thử</Subject>")
                .replace("<edXMLManifest version=\"1.0\"", "<edXMLManifest version='1\"0 --> >' extra=\"'--'\"");

        DocumentPackage pkg = (DocumentPackage) reader.read(stream(xml));

        assertThat(pkg.header().subject()).startsWith("<!--xxx").endsWith("<!DOCTYPE ]] > Kiểm thử");
    }

    @Test
    void readsUtf16PackagesAndBoundsThemToo() {
        String xml = EdxmlReaderTest.document("").replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        for (Charset utf16 : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = utf16.equals(StandardCharsets.UTF_16LE)
                    ? concat(new byte[]{(byte) 0xff, (byte) 0xfe}, xml.getBytes(utf16)) : xml.getBytes(utf16);

            assertThat(((DocumentPackage) reader.read(new ByteArrayInputStream(bytes))).header().subject())
                    .as(utf16.name()).isEqualTo("Kiểm thử");
            byte[] longComment = xml.replace("<Subject>", "<!--" + "c".repeat(2_001) + "--><Subject>").getBytes(utf16);
            assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(longComment))).as(utf16.name())
                    .isInstanceOf(PackageLimitExceededException.class);
        }
    }

    @Test
    void readsASingleByteCharsetThatWritesAsciiAsAscii() {
        String xml = EdxmlReaderTest.document("").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace("Kiểm thử", "Kiem thu \u00e9");
        byte[] bytes = xml.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(((DocumentPackage) reader.read(new ByteArrayInputStream(bytes))).header().subject()).isEqualTo("Kiem thu \u00e9");
        byte[] longComment = xml.replace("<Subject>", "<!--" + "\u00e9".repeat(2_001) + "--><Subject>").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(longComment))).isInstanceOf(PackageLimitExceededException.class);
    }

    @Test
    void refusesEncodingsThatCouldHideMarkup() {
        String xml = EdxmlReaderTest.document("");
        for (String encoding : List.of("Shift_JIS", "IBM037", "UTF-32")) {
            byte[] bytes = xml.replace("encoding=\"UTF-8\"", "encoding=\"" + encoding + "\"").getBytes(Charset.forName(encoding));

            assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes))).as(encoding)
                    .isInstanceOf(MalformedPackageException.class)
                    .hasMessageContaining("is not accepted");
        }
    }

    private void assertRefusedEarly(String opening, String element) {
        String xml = EdxmlReaderTest.document("");
        String head = xml.substring(0, xml.indexOf("<Subject>")) + opening;
        CountingStream in = new CountingStream(concat(head.getBytes(StandardCharsets.UTF_8), endless()));

        Throwable thrown = catchThrowableOfType(() -> reader.read(in), PackageLimitExceededException.class);

        assertThat(thrown).as("refused").isNotNull();
        assertThat(((BusinessException) thrown).element()).contains(element);
        assertThat(in.consumed).as("bytes read before the refusal").isLessThan(1 << 20);
    }

    private PackageLimitExceededException refusal(String xml) {
        Throwable thrown = catchThrowableOfType(() -> reader.read(stream(xml)), PackageLimitExceededException.class);
        assertThat(thrown).as("refused with PACKAGE_LIMIT_EXCEEDED").isNotNull();
        return (PackageLimitExceededException) thrown;
    }

    /** As many 'x' as anyone reads: a gigabyte, never held anywhere. */
    private static InputStream endless() {
        return new InputStream() {
            private long left = 1L << 30;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    private static InputStream concat(byte[] head, InputStream tail) {
        return new SequenceInputStream(new ByteArrayInputStream(head), tail);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long consumed;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0) {
                consumed++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                consumed += n;
            }
            return n;
        }
    }
}
