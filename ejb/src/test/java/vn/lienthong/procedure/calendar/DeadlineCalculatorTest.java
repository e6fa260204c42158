package vn.lienthong.procedure.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.procedure.calendar.CalendarFixtures.at;
import static vn.lienthong.procedure.calendar.ProcessingTime.calendarDays;
import static vn.lienthong.procedure.calendar.ProcessingTime.workingDays;
import static vn.lienthong.procedure.calendar.ProcessingTime.workingHours;

/** Due dates (ngày hẹn trả). Dates in March 2026 are plain weeks: 2 March is a Monday. */
class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator(CalendarFixtures.standard());

    private LocalDateTime due(String intake, ProcessingTime time) {
        return calculator.dueDate(at(intake), time);
    }

    // ---- WorkingDays ----

    @Test
    void oneWorkingDayFromMidMorningIsTheSameTimeNextDay() {
        assertThat(due("2026-03-02T09:00", workingDays(1))).isEqualTo(at("2026-03-03T09:00"));
    }

    @Test
    void severalWorkingDaysWithinAWeek() {
        assertThat(due("2026-03-02T09:00", workingDays(3))).isEqualTo(at("2026-03-05T09:00"));
    }

    @Test
    void intakeAtOpeningUsesUpTheSameDay() {
        assertThat(due("2026-03-02T07:00", workingDays(1))).isEqualTo(at("2026-03-02T17:00"));
    }

    @Test
    void intakeBeforeOpeningCountsFromOpening() {
        assertThat(due("2026-03-02T06:10", workingDays(1))).isEqualTo(at("2026-03-02T17:00"));
    }

    @Test
    void intakeAfterClosingStartsTheNextWorkingMorning() {
        assertThat(due("2026-03-02T17:30", workingDays(1))).isEqualTo(at("2026-03-03T17:00"));
        assertThat(due("2026-03-02T22:00", workingDays(2))).isEqualTo(at("2026-03-04T17:00"));
    }

    @Test
    void intakeExactlyAtClosingStartsTheNextWorkingMorning() {
        assertThat(due("2026-03-02T17:00", workingDays(1))).isEqualTo(at("2026-03-03T17:00"));
    }

    @Test
    void intakeOverLunchStartsAtHalfPastOne() {
        // 13:30-17:00 on Monday (3.5 h) and 07:00-11:30 on Tuesday (4.5 h).
        assertThat(due("2026-03-02T12:00", workingDays(1))).isEqualTo(at("2026-03-03T11:30"));
    }

    @Test
    void morningIntakeRunsAcrossLunch() {
        assertThat(due("2026-03-02T10:00", workingHours(4))).isEqualTo(at("2026-03-02T16:00"));
    }

    @Test
    void fridayIntakeSkipsTheWeekend() {
        assertThat(due("2026-03-06T10:00", workingDays(1))).isEqualTo(at("2026-03-09T10:00"));
    }

    @Test
    void weekendIntakeStartsMondayMorning() {
        assertThat(due("2026-03-07T10:00", workingDays(1))).isEqualTo(at("2026-03-09T17:00"));
        assertThat(due("2026-03-08T16:00", workingDays(2))).isEqualTo(at("2026-03-10T17:00"));
    }

    @Test
    void publicHolidaysAreSkipped() {
        // Wed 29/4 10:00: 5 h that day; 30/4 and 1/5 holidays, then the weekend; 3 h on Mon 4/5.
        assertThat(due("2026-04-29T10:00", workingDays(1))).isEqualTo(at("2026-05-04T10:00"));
        assertThat(due("2026-04-29T10:00", workingDays(2))).isEqualTo(at("2026-05-05T10:00"));
    }

    @Test
    void intakeOnAHolidayStartsTheNextWorkingMorning() {
        assertThat(due("2026-04-30T09:00", workingDays(1))).isEqualTo(at("2026-05-04T17:00"));
    }

    @Test
    void lunarNewYearWeekIsSkipped() {
        // Fri 13/2 16:00: 1 h; Tết 16-20/2; 23-26/2 four days (32 h); 7 h on Fri 27/2.
        assertThat(due("2026-02-13T16:00", workingDays(5))).isEqualTo(at("2026-02-27T16:00"));
    }

    @Test
    void makeUpSaturdayCountsAsAWorkingDay() {
        assertThat(due("2026-01-09T10:00", workingDays(1))).isEqualTo(at("2026-01-10T10:00"));
    }

    @Test
    void yearBoundaryWithNewYearHolidays() {
        // Wed 31/12/2025 15:00: 2 h; 1-2/1 holidays; 3-4/1 weekend; 6 h on Mon 5/1.
        assertThat(due("2025-12-31T15:00", workingDays(1))).isEqualTo(at("2026-01-05T15:00"));
        // ...and the make-up Saturday 10/1 is worked: 5 days reach it.
        assertThat(due("2025-12-31T15:00", workingDays(5))).isEqualTo(at("2026-01-09T15:00"));
        assertThat(due("2025-12-31T15:00", workingDays(6))).isEqualTo(at("2026-01-10T15:00"));
    }

    @Test
    void provinceThatWorksSaturdayMornings() {
        WorkingCalendar saturdays = CalendarFixtures.vietnam()
                .hours(DayOfWeek.SATURDAY, WorkingHours.parse("07:00-11:30")).build();
        // Fri 15:00: 2 h; Sat 4.5 h; Mon 1.5 h.
        assertThat(new DeadlineCalculator(saturdays).dueDate(at("2026-03-06T15:00"), workingDays(1)))
                .isEqualTo(at("2026-03-09T08:30"));
    }

    @Test
    void workingDayLengthComesFromTheCalendar() {
        WorkingCalendar sevenHours = CalendarFixtures.vietnam()
                .workingDayLength(java.time.Duration.ofHours(7)).build();
        assertThat(new DeadlineCalculator(sevenHours).dueDate(at("2026-03-02T07:00"), workingDays(1)))
                .isEqualTo(at("2026-03-02T16:00"));
    }

    @Test
    void workingHoursLimit() {
        assertThat(due("2026-03-02T16:00", workingHours(4))).isEqualTo(at("2026-03-03T10:00"));
    }

    // ---- Pauses ----

    private LocalDateTime due(String intake, ProcessingTime time, List<ClockPause> pauses, PauseEffect effect) {
        return calculator.dueDate(at(intake), time, pauses, 0, effect);
    }

    private ClockPause pause(String start, String end) {
        return new ClockPause(at(start), at(end));
    }

    @Test
    void pauseMovesTheDueDateByThePausedWorkingTime() {
        // 5 days from Mon 2/3 09:00 is Mon 9/3 09:00; paused two working days (16 h).
        assertThat(due("2026-03-02T09:00", workingDays(5),
                List.of(pause("2026-03-03T09:00", "2026-03-05T09:00")), PauseEffect.EXTEND))
                .isEqualTo(at("2026-03-11T09:00"));
    }

    @Test
    void pausedWeekendAndNightsDoNotCount() {
        // Paused Fri 15:00 to Mon 08:00 = 3 working hours: Mon 9/3 09:00 becomes 14:00 (lunch skipped).
        assertThat(due("2026-03-02T09:00", workingDays(5),
                List.of(pause("2026-03-06T15:00", "2026-03-09T08:00")), PauseEffect.EXTEND))
                .isEqualTo(at("2026-03-09T14:00"));
    }

    @Test
    void pauseOutsideOfficeHoursChangesNothing() {
        assertThat(due("2026-03-02T09:00", workingDays(5),
                List.of(pause("2026-03-03T18:00", "2026-03-03T22:00")), PauseEffect.EXTEND))
                .isEqualTo(at("2026-03-09T09:00"));
    }

    @Test
    void pauseBeginningAfterTheDueDateCannotRescueALateDossier() {
        assertThat(due("2026-03-02T09:00", workingDays(1),
                List.of(pause("2026-03-04T09:00", "2026-03-10T09:00")), PauseEffect.EXTEND))
                .isEqualTo(at("2026-03-03T09:00"));
    }

    @Test
    void pausesAddUp() {
        assertThat(due("2026-03-02T09:00", workingDays(2), List.of(
                pause("2026-03-02T10:00", "2026-03-02T11:00"),
                pause("2026-03-03T14:00", "2026-03-03T16:00")), PauseEffect.EXTEND))
                .isEqualTo(at("2026-03-04T14:00"));
    }

    @Test
    void pauseThatPushesTheDueDateOverAHolidayIsCountedInWorkingTime() {
        // 1 day from Tue 28/4 10:00 is Wed 29/4 10:00; a 1-day pause pushes it over 30/4-3/5.
        assertThat(due("2026-04-28T10:00", workingDays(1),
                List.of(pause("2026-04-28T11:00", "2026-04-29T11:00")), PauseEffect.EXTEND))
                .isEqualTo(at("2026-05-04T10:00"));
    }

    @Test
    void restartingProcedureCountsTheFullTimeFromResubmission() {
        assertThat(due("2026-03-02T09:00", workingDays(5),
                List.of(pause("2026-03-03T09:00", "2026-03-05T14:00")), PauseEffect.RESTART))
                .isEqualTo(at("2026-03-12T14:00"));
    }

    @Test
    void restartAfterHoursStartsTheNextMorning() {
        assertThat(due("2026-03-02T09:00", workingDays(1),
                List.of(pause("2026-03-02T10:00", "2026-03-06T18:00")), PauseEffect.RESTART))
                .isEqualTo(at("2026-03-09T17:00"));
    }

    @Test
    void overlappingPausesAreRefused() {
        assertThatThrownBy(() -> due("2026-03-02T09:00", workingDays(5), List.of(
                pause("2026-03-03T09:00", "2026-03-04T09:00"),
                pause("2026-03-03T15:00", "2026-03-05T09:00")), PauseEffect.EXTEND))
                .hasMessageContaining("overlap");
    }

    @Test
    void pauseEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> pause("2026-03-04T09:00", "2026-03-03T09:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calendarDayPauseAddsElapsedTime() {
        assertThat(due("2026-03-02T09:00", calendarDays(10),
                List.of(pause("2026-03-04T09:00", "2026-03-05T12:00")), PauseEffect.EXTEND))
                .isEqualTo(at("2026-03-13T12:00"));
    }

    // ---- Extensions ----

    @Test
    void extensionAddsWorkingDays() {
        assertThat(calculator.dueDate(at("2026-03-02T09:00"), workingDays(5), List.of(), 2, PauseEffect.EXTEND))
                .isEqualTo(at("2026-03-11T09:00"));
    }

    @Test
    void extensionAddsCalendarDaysToACalendarDayProcedure() {
        assertThat(calculator.dueDate(at("2026-03-02T09:00"), calendarDays(3), List.of(), 1, PauseEffect.EXTEND))
                .isEqualTo(at("2026-03-06T09:00"));
    }

    @Test
    void negativeExtensionIsRefused() {
        assertThatThrownBy(() -> calculator.dueDate(at("2026-03-02T09:00"), workingDays(5), List.of(), -1, PauseEffect.EXTEND))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- CalendarDays ----

    @Test
    void calendarDaysRunThroughWeekends() {
        assertThat(due("2026-03-06T10:00", calendarDays(4))).isEqualTo(at("2026-03-10T10:00"));
        assertThat(due("2026-03-02T09:00", calendarDays(10))).isEqualTo(at("2026-03-12T09:00"));
    }

    @Test
    void dueDateOnASaturdayMovesToTheCloseOfMonday() {
        assertThat(due("2026-03-02T10:00", calendarDays(5))).isEqualTo(at("2026-03-09T17:00"));
    }

    @Test
    void dueDateInTheLunarNewYearMovesPastIt() {
        // Fri 6/2 + 10 days = Mon 16/2, inside Tết: the close of Mon 23/2.
        assertThat(due("2026-02-06T10:00", calendarDays(10))).isEqualTo(at("2026-02-23T17:00"));
    }

    @Test
    void dueDateOnAMakeUpSaturdayStays() {
        assertThat(due("2026-01-03T10:00", calendarDays(7))).isEqualTo(at("2026-01-10T10:00"));
    }

    @Test
    void yearBoundaryOverNewYearHolidays() {
        // 29/12/2025 + 3 days = 1/1 (holiday); 2/1 holiday; 3-4/1 weekend: the close of Mon 5/1.
        assertThat(due("2025-12-29T10:00", calendarDays(3))).isEqualTo(at("2026-01-05T17:00"));
    }

    @Test
    void afterHoursIntakeKeepsItsClockTime() {
        assertThat(due("2026-03-02T20:00", calendarDays(2))).isEqualTo(at("2026-03-04T20:00"));
    }

    @Test
    void processingTimeMustBePositive() {
        assertThatThrownBy(() -> workingDays(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
