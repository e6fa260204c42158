package vn.lienthong.alert.rule;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidRequestException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecipientsTest {

    @Test
    void aCommaOrSemicolonSeparatedListIsReadLowerCaseWithoutDuplicates() {
        Recipients r = Recipients.parse(" Ops@Example.gov.vn; truc@tw.gov.vn , ops@example.gov.vn ");
        assertThat(r.addresses()).containsExactly("ops@example.gov.vn", "truc@tw.gov.vn");
        assertThat(r).hasToString("ops@example.gov.vn,truc@tw.gov.vn");
    }

    @Test
    void blankIsNoneAndNoneFallsBackToTheDefault() {
        assertThat(Recipients.parse("  ")).isEqualTo(Recipients.NONE);
        Recipients fallback = Recipients.parse("ops@example.gov.vn");
        assertThat(Recipients.NONE.orElse(fallback)).isEqualTo(fallback);
        assertThat(Recipients.parse("a@b.vn").orElse(fallback).addresses()).containsExactly("a@b.vn");
    }

    @Test
    void refusesWhatIsNotOnePlainAddressSoNoHeaderCanBeInjected() {
        for (String bad : List.of("ops", "ops@localhost", "Ops <ops@example.gov.vn>", "ops@example.gov.vn\r\nBcc: x@y.vn",
                "a b@example.gov.vn")) {
            assertThatThrownBy(() -> new Recipients(List.of(bad))).as(bad).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("not an e-mail address");
        }
    }

    @Test
    void theConverterStoresNoneAsNull() {
        RecipientsConverter converter = new RecipientsConverter();
        assertThat(converter.convertToDatabaseColumn(Recipients.NONE)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isEqualTo(Recipients.NONE);
        Recipients two = Recipients.parse("a@b.vn,c@d.vn");
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(two))).isEqualTo(two);
    }
}
