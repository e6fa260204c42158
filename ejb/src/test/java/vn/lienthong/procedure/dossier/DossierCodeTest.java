package vn.lienthong.procedure.dossier;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DossierCodeTest {

    @Test
    void unitDayAndFourDigitNumber() {
        assertThat(DossierCode.of(AgencyCode.of("000.00.10.H20"), LocalDate.of(2026, 3, 2), 7))
                .isEqualTo("000.00.10.H20-260302-0007");
    }

    @Test
    void numbersBeyondNineThousandNineHundredNinetyNineKeepAllDigits() {
        assertThat(DossierCode.of(AgencyCode.of("000.00.10.H20"), LocalDate.of(2026, 3, 2), 12345))
                .endsWith("-12345");
    }

    @Test
    void timelinessComparesDates() {
        LocalDate due = LocalDate.of(2026, 3, 9);
        assertThat(Timeliness.of(due.minusDays(1), due)).isEqualTo(Timeliness.EARLY);
        assertThat(Timeliness.of(due, due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(due.plusDays(1), due)).isEqualTo(Timeliness.LATE);
    }
}
