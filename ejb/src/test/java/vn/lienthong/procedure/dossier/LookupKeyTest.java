package vn.lienthong.procedure.dossier;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The look-up key printed on a dossier's receipt: random, and read back as people type it. */
class LookupKeyTest {

    @Test
    void keysAreEightCharactersPeopleReadWithoutConfusionAndDoNotRepeat() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String key = LookupKey.next().value();
            assertThat(key).matches("[0-9A-HJKMNP-TV-Z]{8}");
            keys.add(key);
        }
        assertThat(keys).hasSize(10_000);
    }

    @Test
    void aKeyMatchesWhatACitizenTypesFromTheReceipt() {
        LookupKey key = new LookupKey("7K3Q0X1B");

        assertThat(key.matches("7K3Q0X1B")).isTrue();
        assertThat(key.matches("7k3q-0x1b")).as("case and the printed dash").isTrue();
        assertThat(key.matches(" 7K3Q 0X1B ")).isTrue();
        assertThat(key.matches("7K3QOXIB")).as("O for zero, I for one").isTrue();
        assertThat(key.matches("7K3Q0X1C")).isFalse();
        assertThat(key.matches("7K3Q0X1")).isFalse();
        assertThat(key.matches("")).isFalse();
        assertThat(key.matches(null)).isFalse();
    }

    @Test
    void onlyKeysOfTheAlphabetExist() {
        assertThatThrownBy(() -> new LookupKey("7K3Q0XUB")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupKey("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
