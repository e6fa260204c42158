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
    void aVersionTwoEntryIsLinkedByTheDigestOfItsCanonicalFormSoAProofCanShowTheDigestAlone() throws Exception {
        String previous = "ab".repeat(32);
        String canonical = "{\"v\":2,\"seq\":7,\"detail\":\"đã nhận\"}";
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String digest = HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        String expected = HexFormat.of().formatHex(sha.digest((previous + digest).getBytes(StandardCharsets.US_ASCII)));

        assertThat(ChainHash.fieldsDigest(canonical)).isEqualTo(digest);
        assertThat(ChainHash.of(previous, canonical)).isEqualTo(expected);
        assertThat(ChainHash.ofDigest(previous, digest)).isEqualTo(expected);
    }

    @Test
    void aVersionTwoKnownAnswerThatAnyToolReproduces() {
        // D=$(printf '{"v":2,"seq":1}' | sha256sum | cut -c1-64); printf '%064d%s' 0 "$D" | sha256sum
        assertThat(ChainHash.of(ChainHash.GENESIS, "{\"v\":2,\"seq\":1}")).isEqualTo("f43e48444ebfcadfe841219d3a67466effa3d1b835d4850f5c1cc4dd9f5796f8");
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
