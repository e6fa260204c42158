package vn.lienthong.evidence.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChainHashTest {

    @Test
    void isSha256OfThePreviousHashAsAsciiFollowedByTheCanonicalFormAsUtf8() throws Exception {
        String previous = "ab".repeat(32);
        String canonical = "{\"v\":1,\"detail\":\"đã nhận\"}";
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] expected = sha.digest((previous + canonical).getBytes(StandardCharsets.UTF_8));

        assertThat(ChainHash.of(previous, canonical)).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void theFirstEntryFollowsSixtyFourZeros() {
        assertThat(ChainHash.GENESIS).hasSize(64).matches("0+");
        assertThat(ChainHash.isHash(ChainHash.GENESIS)).isTrue();
    }

    @Test
    void aKnownAnswerThatAnyToolReproduces() {
        // printf '%064d{}' 0 | sha256sum
        assertThat(ChainHash.of(ChainHash.GENESIS, "{}")).isEqualTo("5508d2b710e64bc470079e1b211d9c58e21011e59d0559e422345dc19d659a75");
    }

    @Test
    void refusesAPreviousHashThatIsNotOne() {
        assertThatThrownBy(() -> ChainHash.of("ABC", "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChainHash.of("AB".repeat(32), "{}")).as("upper case").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkCarriesTheHashOfItsCanonicalFormAfterItsPrevious() {
        Instant at = Instant.parse("2026-12-06T00:00:00Z");
        ChainLink first = ChainLink.next(1, ChainHash.GENESIS, at, "accepted", "d", "a", "new");
        ChainLink second = ChainLink.next(2, first.hash(), at, "delivered", "d", "b", null);

        assertThat(first.hash()).isEqualTo(ChainHash.of(ChainHash.GENESIS, first.canonical()));
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.canonicalOfFields()).isEqualTo(second.canonical());
    }
}
