package vn.lienthong.directory.credential;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretHasherTest {

    @Test
    void aHashMatchesItsSecretOnly() {
        String hash = SecretHasher.hash("s3cret".toCharArray());
        assertThat(SecretHasher.matches("s3cret".toCharArray(), hash)).isTrue();
        assertThat(SecretHasher.matches("s3cret!".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSameSecretHashesDifferentlyEachTime() {
        assertThat(SecretHasher.hash("x".toCharArray())).isNotEqualTo(SecretHasher.hash("x".toCharArray()));
    }

    @Test
    void storesAlgorithmAndCostWithTheHash() {
        assertThat(SecretHasher.hash("x".toCharArray())).startsWith("pbkdf2-sha256$" + SecretHasher.ITERATIONS + "$");
    }

    @Test
    void anUnknownFormatNeverMatches() {
        assertThat(SecretHasher.matches("x".toCharArray(), "md5$abc")).isFalse();
    }
}
