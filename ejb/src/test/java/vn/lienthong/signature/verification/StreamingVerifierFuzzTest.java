package vn.lienthong.signature.verification;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing (Jazzer) of the streaming verifier against the JDK DOM verifier: signed
 * packages (the seed corpus) mutated byte by byte must get the same verdict, and for a valid
 * signature the same digest, from both ({@link VerifierAgreement}); a disagreement, or any
 * exception from the streaming verifier, is a finding.
 *
 * <p>The default build runs the seed corpus ({@code StreamingVerifierFuzzTestInputs/verifiersAgree/},
 * written by {@link StreamingVerifierFuzzSeeds}) and any finding committed there once, as
 * regression tests. {@code mvn -pl ejb test -Pfuzz} fuzzes for the fixed time given below.
 */
class StreamingVerifierFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void verifiersAgree(byte[] input) {
        assertThat(VerifierAgreement.disagreements(input)).isEmpty();
    }
}
