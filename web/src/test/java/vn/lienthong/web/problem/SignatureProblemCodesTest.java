package vn.lienthong.web.problem;

import org.junit.jupiter.api.Test;
import vn.lienthong.signature.verification.SignatureCheck;

import static org.assertj.core.api.Assertions.assertThat;

/** Signature refusals take their code from the failed check: every one must be in the catalogue, as a 4xx. */
class SignatureProblemCodesTest {

    @Test
    void everySignatureCheckRefusesWithACataloguedClientError() {
        for (SignatureCheck check : SignatureCheck.values()) {
            assertThat(ProblemCatalog.knows(check.refusalCode())).as(check.name()).isTrue();
            assertThat(ProblemCatalog.of(check.refusalCode()).status()).as(check.name()).isBetween(400, 499);
        }
    }

    @Test
    void aSignerOfAnotherAgencyIsForbiddenNotMerelyInvalid() {
        assertThat(ProblemCatalog.of(SignatureCheck.SIGNER_BINDING.refusalCode()).status()).isEqualTo(403);
        assertThat(ProblemCatalog.of(SignatureCheck.DIGEST.refusalCode()).status()).isEqualTo(422);
    }
}
