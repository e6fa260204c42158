package vn.lienthong.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestCostTest {

    private static final Path EXAMPLE = Path.of("../docs/examples/document.edxml");

    @Test
    void theServersCpuTimeIsUserPlusSystemTicksEvenWhenItsNameHoldsSpacesAndParentheses() {
        String stat = "4242 (java (Liberty) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 567 0 0 20 0 90 0 1000 0 0";
        assertThat(ServerCpu.parse(stat)).isEqualTo((1234 + 567) * 10_000_000L);
    }

    @Test
    void thisProcessHasACpuTimeThatGrows() {
        ServerCpu self = ServerCpu.of(java.util.Optional.of(ProcessHandle.current().pid())).orElseThrow();
        long before = self.nanos();
        long spin = 0;
        for (long end = System.nanoTime() + 100_000_000L; System.nanoTime() < end; ) {
            spin++;
        }
        assertThat(spin).isPositive();
        assertThat(self.nanos()).isGreaterThan(before);
    }

    @Test
    void eachLoneCopyIsANewDocumentOfTheSameSenderAndRecipient() {
        LoneDocument document = LoneDocument.read(EXAMPLE, "000.00.00.G22");
        String first = new String(document.numbered("RUN1", 1), StandardCharsets.UTF_8);
        String second = new String(document.numbered("RUN1", 2), StandardCharsets.UTF_8);
        assertThat(first).contains("<edXML:DocumentId>RUN1-1/BENCH-RUN1</edXML:DocumentId>")
                .contains("<edXML:CodeNumber>RUN1-1</edXML:CodeNumber>")
                .contains("<edXML:CodeNotation>BENCH-RUN1</edXML:CodeNotation>")
                .contains("<edXML:OrganId>000.00.00.H41</edXML:OrganId>")
                .doesNotContain("<edXML:CodeNumber>7816<").doesNotContain("7816/VPCP-TTĐT</edXML:DocumentId>");
        assertThat(second).contains("<edXML:DocumentId>RUN1-2/BENCH-RUN1</edXML:DocumentId>");
        assertThat(first.length()).isBetween(document.text().length() - 40, document.text().length() + 40);
    }

    @Test
    void aPackageOfAnotherSenderIsRefused() {
        assertThatThrownBy(() -> LoneDocument.read(EXAMPLE, "000.00.00.H20"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bench.login");
    }
}
