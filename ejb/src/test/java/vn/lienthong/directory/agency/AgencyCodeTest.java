package vn.lienthong.directory.agency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgencyCodeTest {

    @ParameterizedTest
    @CsvSource({
            "000.00.00.G22, 1",
            "000.00.00.H41, 1",
            "000.00.14.H20, 2",
            "000.01.14.H20, 3",
            "001.01.14.H20, 4"})
    void readsTheLevelFromTheUsedSegments(String code, int level) {
        assertThat(AgencyCode.of(code).level()).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({
            "001.01.14.H20, 000.01.14.H20",
            "000.01.14.H20, 000.00.14.H20",
            "000.00.14.H20, 000.00.00.H20"})
    void derivesTheParentByZeroingTheLeftmostUsedSegment(String code, String parent) {
        assertThat(AgencyCode.of(code).derivedParent()).contains(AgencyCode.of(parent));
    }

    @Test
    void aTopLevelUnitHasNoDerivedParent() {
        assertThat(AgencyCode.of("000.00.00.G22").derivedParent()).isEmpty();
    }

    @Test
    void acceptsTheIssuedCodeThatBreaksTheDigitPattern() {
        AgencyCode code = AgencyCode.of("999.010.01.H22");
        assertThat(code.level()).isEqualTo(4);
        assertThat(code.derivedParent()).contains(AgencyCode.of("000.010.01.H22"));
    }

    @Test
    void normalisesCaseAndSurroundingSpaces() {
        assertThat(AgencyCode.of("  000.00.00.g22 ").value()).isEqualTo("000.00.00.G22");
    }

    @Test
    void twoSpellingsOfOneCodeAreEqual() {
        assertThat(AgencyCode.of("000.00.00.h41")).isEqualTo(AgencyCode.of("000.00.00.H41"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "000.00.00", "000.00.00.G2", "000.00.00.GG2", "000.00.00.222",
            "0000.00.00.G22", "0.00.00.G22", "000-00-00-G22", "000.00.00.G22.1", "abc.00.00.G22",
            "001.00.14.H20", "001.01.00.H20", "000.01.00.H20", "000.00.00.G22x", "VN:GOV:000.00.00.G22"})
    void refusesWhatIsNotACode(String value) {
        assertThatThrownBy(() -> AgencyCode.of(value))
                .isInstanceOf(InvalidAgencyCodeException.class)
                .satisfies(e -> assertThat(((InvalidAgencyCodeException) e).code()).isEqualTo("INVALID_AGENCY_CODE"));
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> AgencyCode.of(null)).isInstanceOf(InvalidAgencyCodeException.class)
                .hasMessage("An agency code is required");
    }

    @Test
    void tryParseReportsInsteadOfThrowing() {
        assertThat(AgencyCode.tryParse("not a code")).isEmpty();
        assertThat(AgencyCode.tryParse("000.00.00.G22")).isPresent();
    }

    @Test
    void namesItsXRoadMember() {
        assertThat(AgencyCode.of("000.00.00.G22").xroadMemberCode()).isEqualTo("VN:GOV:000.00.00.G22");
    }

    @Test
    void namesItsTopLevelUnit() {
        assertThat(AgencyCode.of("000.01.14.H20").topLevelUnit()).isEqualTo("H20");
    }
}
