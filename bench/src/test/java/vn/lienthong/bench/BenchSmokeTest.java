package vn.lienthong.bench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few seconds of the benchmark in the normal build, to keep it working: the packages it sends
 * are signed so that the JDK's verifier accepts them (and rejects them once altered), follow the
 * realistic mix, and the floor measures each of its stages on a real Derby database. The load
 * runs against a server are started by hand (docs/benchmarks.md).
 */
class BenchSmokeTest {

    private static final Map<String, String> PROPERTIES = Map.of(
            "bench.floor.documents", "4",
            "bench.floor.db.writers", "2",
            "bench.attachment.min.kb", "20",
            "bench.attachment.max.kb", "120",
            "bench.work.dir", "target/bench-smoke");

    private static final Agencies AGENCIES = new Agencies(List.of("000.00.00.G22"),
            List.of("000.00.00.H20", "000.00.01.H20", "000.00.02.H20", "000.00.00.H41", "000.00.01.H41", "000.00.02.H41"));

    @BeforeAll
    static void settings() {
        PROPERTIES.forEach(System::setProperty);
    }

    @AfterAll
    static void clearSettings() {
        PROPERTIES.keySet().forEach(System::clearProperty);
    }

    @Test
    void packagesVerifyStreamingAndWithTheJdkAndStopVerifyingOnceAltered() {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        try (PackageSet set = PackageSet.prepare(3, AGENCIES, settings, TestSigningKey.generate("smoke"), "SMOKE", new AtomicLong(1))) {
            SignatureVerifier verifier = new SignatureVerifier();
            for (PreparedPackage pkg : set.packages()) {
                assertThat(verifier.verifyStreaming(pkg.bytes())).as("streaming check of %s", pkg.edxmlId()).isTrue();
                assertThat(verifier.verifyDom(pkg.bytes())).as("JDK check of %s", pkg.edxmlId()).isTrue();
            }
            byte[] altered = set.packages().get(0).bytes();
            String text = new String(altered, StandardCharsets.UTF_8).replace("Trần Thị B", "Trần Thị C");
            assertThat(verifier.verifyStreaming(text.getBytes(StandardCharsets.UTF_8))).isFalse();
            assertThat(verifier.verifyDom(text.getBytes(StandardCharsets.UTF_8))).isFalse();
        }
    }

    @Test
    void packagesFollowTheRealisticMixOfRecipientsAndSizes() {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        try (PackageSet set = PackageSet.prepare(12, AGENCIES, settings, TestSigningKey.generate("smoke"), "SMOKE", new AtomicLong(100))) {
            for (PreparedPackage pkg : set.packages()) {
                assertThat(pkg.to()).hasSizeBetween(1, 5).doesNotContain(pkg.from());
                assertThat(new HashSet<>(pkg.to())).hasSameSizeAs(pkg.to());
                // base64 of a 20-120 KB attachment plus about 6 KB of header and signature
                assertThat(pkg.sizeBytes()).isBetween(20L * 1024 * 4 / 3, 120L * 1024 * 4 / 3 + 12_000);
                String xml = new String(pkg.bytes(), StandardCharsets.UTF_8);
                assertThat(xml).contains("<edXML:DocumentId>" + pkg.edxmlId() + "</edXML:DocumentId>")
                        .contains("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
            }
            assertThat(set.packages().stream().map(PreparedPackage::edxmlId).distinct()).hasSize(12);
        }
    }

    @Test
    void floorMeasuresVerificationDurableWriteAndReceiptOnDerby() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Floor.Result floor = Bench.floorOnly(BenchSettings.fromSystemProperties(), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(floor.verify().millisPerDocument()).isPositive();
        assertThat(floor.verifyDom().millisPerDocument()).isPositive();
        assertThat(floor.receipt().millisPerDocument()).isPositive();
        assertThat(floor.write().millisPerDocument()).isPositive();
        assertThat(floor.database()).startsWith("Derby 10.16");
        assertThat(floor.floorRate()).isEqualTo(Math.min(floor.cpuRate(), floor.writeRate()));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("FLOOR = min of the two resources")
                .contains("verify signature (streaming)").contains("package bytes as files under");
    }
}
