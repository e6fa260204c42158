package vn.lienthong.exchange.edxml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.TraceHeaderAppender;
import vn.lienthong.platform.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every package of the bad corpus (edxml/bad, index expected.properties) is refused with its
 * expected code, naming its expected element. Refusals that depend on the hub's data (unknown
 * document, sender, recipient) must pass the reader: BadPackagesIT proves the server refuses them.
 */
class BadPackageCorpusTest {

    /** Codes the server gives after the reader accepted the package. */
    static final Set<String> DECIDED_BY_THE_HUB = Set.of("UNKNOWN_DOCUMENT", "SENDER_MISMATCH", "UNKNOWN_RECIPIENT",
            "WRONG_PACKAGE_KIND");

    private final EdxmlReader reader = new EdxmlReader(EdxmlLimits.DEFAULT);

    static Stream<Arguments> corpus() throws IOException {
        Properties expected = index();
        return expected.stringPropertyNames().stream().sorted().map(name -> {
            String[] parts = expected.getProperty(name).split("\\|", -1);
            return Arguments.of(name, parts[0], parts[1], parts[2]);
        });
    }

    @Test
    void theCorpusHoldsAtLeastAHundredCases() throws IOException {
        assertThat(index()).hasSizeGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest(name = "{0} → {1} at {2}")
    @MethodSource("corpus")
    void eachBadPackageIsRefusedWithItsCodeNamingTheElement(String file, String code, String element, String endpoint) {
        Throwable thrown = catchThrowable(() -> {
            EdxmlPackage pkg;
            try (InputStream in = open(file)) {
                pkg = reader.read(in);
            }
            if (pkg instanceof DocumentPackage document) {
                TraceHeaderAppender.refuseForged(document, AgencyCode.of("000.00.90.G22"));
            }
            if (DECIDED_BY_THE_HUB.contains(code)) {
                assertThat(pkg instanceof StatusPackage).as("package kind").isEqualTo(
                        code.equals("WRONG_PACKAGE_KIND") ? endpoint.equals("documents") : endpoint.equals("statuses"));
            }
        });

        if (DECIDED_BY_THE_HUB.contains(code)) {
            assertThat(thrown).as("the reader must accept %s so the hub can refuse it", file).isNull();
            return;
        }
        assertThat(thrown).as(file).isInstanceOf(BusinessException.class);
        BusinessException refusal = (BusinessException) thrown;
        assertThat(refusal.code()).as(file + ": " + refusal.getMessage()).isEqualTo(code);
        if (code.equals("MALFORMED_XML")) {
            assertThat(refusal.element()).get().asString().startsWith(element);
        } else {
            assertThat(refusal.element()).as(file + ": " + refusal.getMessage()).contains(element);
        }
    }

    private static Properties index() throws IOException {
        Properties p = new Properties();
        try (InputStream in = open("expected.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static InputStream open(String file) {
        InputStream in = BadPackageCorpusTest.class.getResourceAsStream("/edxml/bad/" + file);
        assertThat(in).as(file).isNotNull();
        return in;
    }
}
