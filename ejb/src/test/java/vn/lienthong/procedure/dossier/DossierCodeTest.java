package vn.lienthong.procedure.dossier;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierCodeTest {

    private static final AgencyCode LAND = AgencyCode.of("000.00.10.H20");

    @Test
    void unitDayAndFourDigitNumber() {
        assertThat(new DossierCode(LAND, LocalDate.of(2026, 3, 2), 7).value()).isEqualTo("000.00.10.H20-260302-0007");
    }

    @Test
    void numbersBeyondNineThousandNineHundredNinetyNineKeepAllDigits() {
        assertThat(new DossierCode(LAND, LocalDate.of(2026, 3, 2), 12345).value()).endsWith("-12345");
    }

    @Test
    void readsBackTheCodeItPrinted() {
        DossierCode code = new DossierCode(LAND, LocalDate.of(2026, 12, 31), 12345);
        assertThat(DossierCode.parse(code.value())).isEqualTo(code);
        assertThat(DossierCode.parse("000.00.10.H20-260302-0007"))
                .isEqualTo(new DossierCode(LAND, LocalDate.of(2026, 3, 2), 7));
    }

    @Test
    void refusesTextThatIsNoDossierCode() {
        assertThat(DossierCode.tryParse("000.00.10.H20-260302-007")).as("three digits").isEmpty();
        assertThat(DossierCode.tryParse("000.00.10.H20-260302-00007")).as("a leading zero past four digits").isEmpty();
        assertThat(DossierCode.tryParse("000.00.10.H20-260302-0000")).as("number 0").isEmpty();
        assertThat(DossierCode.tryParse("000.00.10.H20-260230-0001")).as("30 February").isEmpty();
        assertThat(DossierCode.tryParse("001.00.10.H20-260302-0001")).as("not an agency code").isEmpty();
        assertThat(DossierCode.tryParse("000.00.10.h20-260302-0001")).as("not as printed").isEmpty();
        assertThat(DossierCode.tryParse("BENCH-17")).isEmpty();
        assertThat(DossierCode.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> DossierCode.parse("PAKN-260302-ABCDEFGH")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersStartAtOne() {
        assertThatThrownBy(() -> new DossierCode(LAND, LocalDate.of(2026, 3, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timelinessComparesDates() {
        LocalDate due = LocalDate.of(2026, 3, 9);
        assertThat(Timeliness.of(due.minusDays(1), due)).isEqualTo(Timeliness.EARLY);
        assertThat(Timeliness.of(due, due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(due.plusDays(1), due)).isEqualTo(Timeliness.LATE);
    }
}
