package vn.lienthong.reporting.period;

import org.junit.jupiter.api.Test;
import vn.lienthong.procedure.calendar.WorkingCalendar;
import vn.lienthong.reporting.InvalidRegimeException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineRuleTest {

    /** Tết 2026 (16–20 Feb) and 30/4–1/5 off; Saturday 10 Jan a make-up working day. */
    private static final WorkingCalendar CALENDAR = WorkingCalendar.builder().name("test")
            .holidays(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20))
            .holiday(LocalDate.of(2026, 4, 30)).holiday(LocalDate.of(2026, 5, 1))
            .makeUpDay(LocalDate.of(2026, 1, 10))
            .build();

    private static DataWindow month(String key) {
        return PeriodKey.parse(Frequency.MONTH, key).window(WindowRule.DECREE_09);
    }

    @Test
    void workingDaysAreCountedFromTheDayAfterTheCutOffSkippingWeekends() {
        // 14 Nov 2026 is a Saturday: Monday 16 is the first working day after it, Wednesday 18 the third.
        assertThat(DeadlineRule.workingDaysAfterCutOff(1).dueDay(month("2026-11"), CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(DeadlineRule.workingDaysAfterCutOff(3).dueDay(month("2026-11"), CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 18));
    }

    @Test
    void holidaysDoNotCountAndMakeUpDaysDo() {
        // Cut-off Saturday 14 Feb 2026, then Tết 16–20 Feb: the first working day is Monday 23 Feb.
        assertThat(DeadlineRule.workingDaysAfterCutOff(1).dueDay(month("2026-02"), CALENDAR)).isEqualTo(LocalDate.of(2026, 2, 23));
        // Cut-off Friday 9 Jan (a window ending then) and Saturday 10 Jan is a make-up working day.
        DataWindow window = new DataWindow(LocalDate.of(2025, 12, 10), LocalDate.of(2026, 1, 9));
        assertThat(DeadlineRule.workingDaysAfterCutOff(1).dueDay(window, CALENDAR)).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void theTwentyFifthOfThePeriodsLastMonthIsTheGovernmentsDeadline() {
        // Decree 09 worked example: Q1 2024 is due by 25 March 2024 (a Monday).
        DataWindow q1 = PeriodKey.parse(Frequency.QUARTER, "2024-Q1").window(WindowRule.DECREE_09);
        assertThat(DeadlineRule.dayOfMonth(25).dueDay(q1, CALENDAR)).isEqualTo(LocalDate.of(2024, 3, 25));
    }

    @Test
    void aDayOfMonthOnADayOffMovesToTheNextWorkingDay() {
        // 25 April 2026 is a Saturday: Monday 27 April.
        assertThat(DeadlineRule.dayOfMonth(25).dueDay(month("2026-04"), CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    void aDayOfMonthNotAfterTheCutOffFallsInTheNextMonth() {
        // The 10th is before the cut-off of the 14th: the 10th of the month after.
        assertThat(DeadlineRule.dayOfMonth(10).dueDay(month("2026-06"), CALENDAR)).isEqualTo(LocalDate.of(2026, 7, 10));
        // The 31st in a 30-day month is its last day: 30 June 2026 is a Tuesday.
        assertThat(DeadlineRule.dayOfMonth(31).dueDay(month("2026-06"), CALENDAR)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aReportIsOnTimeUntilTheDueDayIsOverInVietnam() {
        Instant due = DeadlineRule.workingDaysAfterCutOff(1).dueAt(month("2026-11"), CALENDAR);
        assertThat(due).isEqualTo(ZonedDateTime.of(2026, 11, 17, 0, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    @Test
    void refusesADeadlineOnTheCutOffItselfAsDecree09Asks() {
        assertThatThrownBy(() -> DeadlineRule.workingDaysAfterCutOff(0)).isInstanceOf(InvalidRegimeException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> DeadlineRule.dayOfMonth(32)).isInstanceOf(InvalidRegimeException.class);
    }
}
