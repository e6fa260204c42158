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

    @Test
    void diskFlushesAreSummedOverWholeDisksLeavingOutPartitionsLoopAndZram() {
        String diskstats = String.join("\n",
                "   7       0 loop0 9 0 0 0 9 0 0 0 0 0 0 0 0 0 0 9 0",
                " 254       0 vda 1309959 96615 71610154 1793667 3911598 1560889 280146744 1979882 0 1215700 4585230 1473984 429 221545192 340255 1165743 471425",
                " 254       1 vda1 1000 0 0 0 3900000 0 0 0 0 0 0 0 0 0 0 1165000 0",
                " 259       0 nvme0n1 1 0 0 0 20 0 0 0 0 0 0 0 0 0 0 7 0",
                " 253       0 zram0 0 0 0 0 5 0 0 0 0 0 0 0 0 0 0 5 0");
        DiskFlushes.Counts counts = DiskFlushes.parse(diskstats).orElseThrow();
        assertThat(counts.flushes()).isEqualTo(1165743 + 7);
        assertThat(counts.writes()).isEqualTo(3911598 + 20);
        assertThat(counts.minus(new DiskFlushes.Counts(1165000, 3911000))).isEqualTo(new DiskFlushes.Counts(750, 618));
    }

    @Test
    void aKernelWithoutFlushStatisticsGivesNoCounts() {
        assertThat(DiskFlushes.parse(" 254       0 vda 1 2 3 4 5 6 7 8 9 10 11")).isEmpty();
    }
}
