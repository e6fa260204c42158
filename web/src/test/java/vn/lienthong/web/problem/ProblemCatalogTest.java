package vn.lienthong.web.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemCatalogTest {

    private static final Pattern REFUSAL_CODE = Pattern.compile("super\\(\\s*\"([A-Z][A-Z_]+)\"");

    @Test
    void everyRefusalCodeOfTheBusinessLayerHasAStatusAndATitle() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("../ejb/src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith("Exception.java")).toList()) {
                Matcher m = REFUSAL_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).as("codes found in the EJB module").hasSizeGreaterThan(10);
        assertThat(codes).allSatisfy(code -> assertThat(ProblemCatalog.knows(code)).as(code).isTrue());
    }

    @Test
    void statusesAreClientOrServerErrors() {
        assertThat(ProblemCatalog.of("SENDER_MISMATCH").status()).isEqualTo(403);
        assertThat(ProblemCatalog.of("UNKNOWN_RECIPIENT").status()).isEqualTo(422);
        assertThat(ProblemCatalog.of("PACKAGE_LIMIT_EXCEEDED").status()).isEqualTo(413);
    }
}
