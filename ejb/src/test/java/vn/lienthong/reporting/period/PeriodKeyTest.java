package vn.lienthong.reporting.period;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodKeyTest {

    private static DataWindow decree09(Frequency frequency, String key) {
        return PeriodKey.parse(frequency, key).window(WindowRule.DECREE_09);
    }

    @Test
    void aMonthCoversTheFifteenthOfThePreviousMonthToTheFourteenth() {
        assertThat(decree09(Frequency.MONTH, "2026-11")).isEqualTo(new DataWindow(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14)));
        assertThat(decree09(Frequency.MONTH, "2026-01")).isEqualTo(new DataWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 14)));
    }

    @Test
    void theFirstQuarterOf2024CoversMidDecemberToMidMarchAsTheDecreesWorkedExampleSays() {
        DataWindow q1 = decree09(Frequency.QUARTER, "2024-Q1");
        assertThat(q1.from()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(q1.cutOff()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void halfYearsNineMonthsAndYearsStartInDecemberOfThePriorYear() {
        assertThat(decree09(Frequency.HALF_YEAR, "2026-H1")).isEqualTo(new DataWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)));
        assertThat(decree09(Frequency.HALF_YEAR, "2026-H2")).isEqualTo(new DataWindow(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 12, 14)));
        assertThat(decree09(Frequency.NINE_MONTHS, "2026-9M")).isEqualTo(new DataWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 9, 14)));
        assertThat(decree09(Frequency.YEAR, "2026")).isEqualTo(new DataWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)));
    }

    @Test
    void calendarWindowsRunFromTheFirstToTheLastDayOfTheMonths() {
        assertThat(PeriodKey.parse(Frequency.QUARTER, "2026-Q1").window(WindowRule.CALENDAR))
                .isEqualTo(new DataWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(PeriodKey.parse(Frequency.MONTH, "2024-02").window(WindowRule.CALENDAR).cutOff()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theMonthsWindowStartsOnTheFifteenthSoADayFromThenOnBelongsToTheNextMonth() {
        assertThat(PeriodKey.containing(Frequency.MONTH, WindowRule.DECREE_09, LocalDate.of(2026, 11, 14)).orElseThrow().text()).isEqualTo("2026-11");
        assertThat(PeriodKey.containing(Frequency.MONTH, WindowRule.DECREE_09, LocalDate.of(2026, 11, 15)).orElseThrow().text()).isEqualTo("2026-12");
        assertThat(PeriodKey.containing(Frequency.YEAR, WindowRule.DECREE_09, LocalDate.of(2026, 12, 20)).orElseThrow().text()).isEqualTo("2027");
        assertThat(PeriodKey.containing(Frequency.QUARTER, WindowRule.CALENDAR, LocalDate.of(2026, 12, 20)).orElseThrow().text()).isEqualTo("2026-Q4");
        assertThat(PeriodKey.containing(Frequency.NINE_MONTHS, WindowRule.DECREE_09, LocalDate.of(2026, 10, 1))).isEmpty();
    }

    @Test
    void everyDayOfAYearLiesInExactlyTheWindowOfThePeriodContainingIt() {
        for (Frequency f : new Frequency[]{Frequency.MONTH, Frequency.QUARTER, Frequency.HALF_YEAR, Frequency.YEAR}) {
            for (WindowRule rule : WindowRule.values()) {
                for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
                    PeriodKey key = PeriodKey.containing(f, rule, d).orElseThrow();
                    assertThat(key.window(rule).contains(d)).as("%s %s %s", f, rule, d).isTrue();
                    assertThat(key.previous().orElseThrow().window(rule).contains(d)).as("%s %s %s previous", f, rule, d).isFalse();
                }
            }
        }
    }

    @Test
    void thePeriodBeforeTheFirstOfAYearIsTheLastOfTheYearBefore() {
        assertThat(PeriodKey.parse(Frequency.MONTH, "2026-01").previous().orElseThrow().text()).isEqualTo("2025-12");
        assertThat(PeriodKey.parse(Frequency.QUARTER, "2026-Q1").previous().orElseThrow().text()).isEqualTo("2025-Q4");
        assertThat(PeriodKey.parse(Frequency.HALF_YEAR, "2026-H2").previous().orElseThrow().text()).isEqualTo("2026-H1");
        assertThat(PeriodKey.parse(Frequency.NINE_MONTHS, "2026-9M").previous().orElseThrow().text()).isEqualTo("2025-9M");
        assertThat(PeriodKey.parse(Frequency.AD_HOC, "DX-01").previous()).isEmpty();
    }

    @Test
    void periodsOrderByTime() {
        assertThat(PeriodKey.parse(Frequency.MONTH, "2026-02")).isGreaterThan(PeriodKey.parse(Frequency.MONTH, "2025-12"));
        assertThat(PeriodKey.parse(Frequency.QUARTER, "2026-Q2")).isLessThan(PeriodKey.parse(Frequency.QUARTER, "2026-Q3"));
    }

    @Test
    void refusesAPeriodWrittenForAnotherFrequencyOrOutOfRange() {
        assertThatThrownBy(() -> PeriodKey.parse(Frequency.MONTH, "2026-Q1")).isInstanceOf(InvalidPeriodKeyException.class)
                .hasMessageContaining("2026-11");
        assertThatThrownBy(() -> PeriodKey.parse(Frequency.MONTH, "2026-13")).isInstanceOf(InvalidPeriodKeyException.class);
        assertThatThrownBy(() -> PeriodKey.parse(Frequency.YEAR, "1999")).isInstanceOf(InvalidPeriodKeyException.class);
        assertThatThrownBy(() -> PeriodKey.parse(Frequency.AD_HOC, "bad label!")).isInstanceOf(InvalidPeriodKeyException.class);
        assertThatThrownBy(() -> PeriodKey.parse(Frequency.AD_HOC, "DX-01").window(WindowRule.DECREE_09)).isInstanceOf(IllegalStateException.class);
    }
}
