package vn.lienthong.exchange.edxml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.lienthong.platform.BusinessException;

import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of the package reader (Jazzer). Whatever the bytes, the reader either
 * returns a package or refuses it with one of its documented refusals ({@link BusinessException});
 * anything else (a NullPointerException, an OutOfMemoryError, a StackOverflowError, a hang) is a
 * finding.
 *
 * <p>The default build runs this in regression mode: every input under
 * {@code EdxmlReaderFuzzTestInputs/readerRefusesOnlyWithDocumentedExceptions/} (seed corpus and
 * any crash found earlier) once. {@code mvn -pl ejb test -Pfuzz} fuzzes for the fixed time given
 * below (JAZZER_FUZZ=1).
 */
class EdxmlReaderFuzzTest {

    /** Small limits, so the fuzzer reaches them often and no input costs more than a few megabytes. */
    private static final EdxmlLimits LIMITS = new EdxmlLimits(16, 2_000, 10_000, 1_000, 1_000, 8, 1 << 20);

    private final EdxmlReader lenient = new EdxmlReader(LIMITS, EdxmlTolerances.LENIENT);
    private final EdxmlReader strict = new EdxmlReader(LIMITS, EdxmlTolerances.STRICT);

    @FuzzTest(maxDuration = "3m")
    void readerRefusesOnlyWithDocumentedExceptions(byte[] input) {
        read(lenient, input);
        read(strict, input);
    }

    private static void read(EdxmlReader reader, byte[] input) {
        try {
            reader.read(new ByteArrayInputStream(input));
        } catch (BusinessException documented) {
            // a refusal the hub turns into a 4xx problem document
        }
    }
}
