package vn.lienthong.platform.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets sealed with a key held outside the database open only with that key, for that row. */
class SealingKeyTest {

    @TempDir
    Path dir;

    @Test
    void aSealedSecretOpensForItsRowAndShowsNothingOfTheSecret() throws IOException {
        SealingKey key = SealingKey.generate(dir.resolve("secrets.key"));

        String sealed = key.seal("mật-khẩu-riêng", "push_endpoint/000.00.05.H20");

        assertThat(sealed).startsWith("aesgcm1:" + key.id() + ":").doesNotContain("mật");
        assertThat(key.seal("mật-khẩu-riêng", "push_endpoint/000.00.05.H20")).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThat(key.open(sealed, "push_endpoint/000.00.05.H20")).isEqualTo("mật-khẩu-riêng");
    }

    @Test
    void aSealedSecretCopiedToAnotherRowOrAlteredDoesNotOpen() throws IOException {
        SealingKey key = SealingKey.generate(dir.resolve("secrets.key"));
        String sealed = key.seal("secret", "push_endpoint/000.00.05.H20");

        assertThatThrownBy(() -> key.open(sealed, "push_endpoint/000.00.06.H20")).hasMessageContaining("another row");
        byte[] data = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        data[data.length - 1] ^= 1;
        String altered = sealed.substring(0, sealed.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(data);
        assertThatThrownBy(() -> key.open(altered, "push_endpoint/000.00.05.H20")).hasMessageContaining("altered");
    }

    @Test
    void anotherKeySaysWhichKeySealedTheSecret() throws IOException {
        SealingKey mine = SealingKey.generate(dir.resolve("a.key"));
        SealingKey other = SealingKey.generate(dir.resolve("b.key"));
        String sealed = mine.seal("secret", "row");

        assertThatThrownBy(() -> other.open(sealed, "row"))
                .hasMessageContaining(mine.id()).hasMessageContaining(other.id()).hasMessageContaining("lienthong.secrets.key");
    }

    @Test
    void theKeyFileIsReadBackAndNeverOverwritten() throws IOException {
        Path file = dir.resolve("secrets.key");
        SealingKey first = SealingKey.generate(file);
        String sealed = first.seal("secret", "row");

        SealingKey again = SealingKey.generate(file);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(SealingKey.load(file).open(sealed, "row")).isEqualTo("secret");
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    @Test
    void anOperatorsKeyFileFromOpensslIsRead() throws IOException {
        Path file = dir.resolve("operator.key");
        byte[] raw = new byte[32];
        raw[0] = 7;
        Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n");
        assertThat(SealingKey.load(file).id()).hasSize(8);

        Files.writeString(file, "not a key");
        assertThatThrownBy(() -> SealingKey.load(file)).hasMessageContaining("base64 AES key");
    }
}
