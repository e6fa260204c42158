package vn.lienthong.evidence.chain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalEntryTest {

    private static final Instant AT = Instant.parse("2026-12-06T03:04:05.600Z");

    @Test
    void writesTheFieldsInAFixedOrderWithoutWhiteSpaceAndTheTimeWithThreeFractionDigits() {
        assertThat(CanonicalEntry.of(42, AT, "accepted", "01938b6e-0000-7000-8000-000000000001", "000.00.00.G22", "new"))
                .isEqualTo("{\"v\":2,\"seq\":42,\"at\":\"2026-12-06T03:04:05.600Z\",\"kind\":\"accepted\","
                        + "\"document\":\"01938b6e-0000-7000-8000-000000000001\",\"agency\":\"000.00.00.G22\",\"detail\":\"new\"}");
    }

    @Test
    void writesAnEarlierVersionWithTheSameFieldsAndReadsBackTheVersionAFormNames() {
        String v1 = CanonicalEntry.of(1, 42, AT, "accepted", "d", "a", "new");
        assertThat(v1).startsWith("{\"v\":1,\"seq\":42,");
        assertThat(v1.substring(6)).isEqualTo(CanonicalEntry.of(42, AT, "accepted", "d", "a", "new").substring(6));
        assertThat(CanonicalEntry.version(v1)).isEqualTo(1);
        assertThat(CanonicalEntry.version(CanonicalEntry.of(42, AT, "accepted", "d", "a", "new"))).isEqualTo(CanonicalEntry.VERSION).isEqualTo(2);
        assertThat(CanonicalEntry.version("{}")).as("a text naming no version links as version 1 did").isEqualTo(1);
    }

    @Test
    void writesAbsentValuesAsNull() {
        assertThat(CanonicalEntry.of(1, AT, "refused", null, "000.00.00.G22", "INVALID_PACKAGE"))
                .contains("\"document\":null,");
        assertThat(CanonicalEntry.of(1, AT, "delivered", "x", null, null)).endsWith("\"agency\":null,\"detail\":null}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersSoNoValueCanForgeAnotherField() {
        String forged = "x\",\"agency\":\"someone else";
        assertThat(CanonicalEntry.of(1, AT, "acknowledged", "d", "a", forged))
                .endsWith("\"detail\":\"x\\\",\\\"agency\\\":\\\"someone else\"}");
        assertThat(CanonicalEntry.of(1, AT, "acknowledged", "d", "a", "back\\slash\nline\u0001"))
                .endsWith("\"detail\":\"back\\\\slash\\nline\\u0001\"}");
    }

    @Test
    void keepsVietnameseTextAsItIs() {
        assertThat(CanonicalEntry.of(1, AT, "acknowledged", "d", "a", "failed: không đọc được tệp"))
                .endsWith("\"detail\":\"failed: không đọc được tệp\"}");
    }

    @Test
    void differsWhenAnyFieldDiffers() {
        String entry = CanonicalEntry.of(7, AT, "status", "d", "a", "03");
        assertThat(entry).isNotEqualTo(CanonicalEntry.of(8, AT, "status", "d", "a", "03"))
                .isNotEqualTo(CanonicalEntry.of(7, AT.plusMillis(1), "status", "d", "a", "03"))
                .isNotEqualTo(CanonicalEntry.of(7, AT, "fetched", "d", "a", "03"))
                .isNotEqualTo(CanonicalEntry.of(7, AT, "status", "e", "a", "03"))
                .isNotEqualTo(CanonicalEntry.of(7, AT, "status", "d", "b", "03"))
                .isNotEqualTo(CanonicalEntry.of(7, AT, "status", "d", "a", "06"));
    }
}
