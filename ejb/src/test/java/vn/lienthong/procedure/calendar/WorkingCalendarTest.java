package vn.lienthong.procedure.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.procedure.calendar.CalendarFixtures.at;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = CalendarFixtures.standard();

    @Test
    void standardWeekdayHasEightHoursInTwoPeriods() {
        WorkingHours monday = calendar.hoursOn(LocalDate.of(2026, 3, 2));
        assertThat(monday.periods()).hasSize(2);
        assertThat(monday.length()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void weekendsAndHolidaysAreDaysOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 30))).isFalse(); // Thursday, holiday
        assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 29))).isTrue();
    }

    @Test
    void makeUpSaturdayIsAWorkingDayWithMakeUpHours() {
        LocalDate makeUp = LocalDate.of(2026, 1, 10);
        assertThat(makeUp.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(makeUp)).isTrue();
        assertThat(calendar.isMakeUpDay(makeUp)).isTrue();
        assertThat(calendar.hoursOn(makeUp)).isEqualTo(WorkingHours.STANDARD);
    }

    @Test
    void nextWorkingMomentKeepsATimeInsideOfficeHours() {
        assertThat(calendar.nextWorkingMoment(at("2026-03-02T09:15"))).isEqualTo(at("2026-03-02T09:15"));
        assertThat(calendar.nextWorkingMoment(at("2026-03-02T07:00"))).isEqualTo(at("2026-03-02T07:00"));
    }

    @Test
    void nextWorkingMomentMovesBeforeOpeningToOpening() {
        assertThat(calendar.nextWorkingMoment(at("2026-03-02T05:59"))).isEqualTo(at("2026-03-02T07:00"));
    }

    @Test
    void nextWorkingMomentMovesLunchToAfternoonOpening() {
        assertThat(calendar.nextWorkingMoment(at("2026-03-02T11:30"))).isEqualTo(at("2026-03-02T13:30"));
        assertThat(calendar.nextWorkingMoment(at("2026-03-02T12:45"))).isEqualTo(at("2026-03-02T13:30"));
    }

    @Test
    void nextWorkingMomentMovesEveningToNextMorning() {
        assertThat(calendar.nextWorkingMoment(at("2026-03-02T17:00"))).isEqualTo(at("2026-03-03T07:00"));
        assertThat(calendar.nextWorkingMoment(at("2026-03-02T23:59"))).isEqualTo(at("2026-03-03T07:00"));
    }

    @Test
    void nextWorkingMomentSkipsWeekendAndHolidays() {
        assertThat(calendar.nextWorkingMoment(at("2026-03-06T18:00"))).isEqualTo(at("2026-03-09T07:00"));
        assertThat(calendar.nextWorkingMoment(at("2026-04-29T17:30"))).isEqualTo(at("2026-05-04T07:00"));
    }

    @Test
    void workingTimeThatFillsAPeriodEndsAtItsCloseNotAtTheNextOpening() {
        assertThat(calendar.plusWorkingTime(at("2026-03-02T07:00"), Duration.ofMinutes(270)))
                .isEqualTo(at("2026-03-02T11:30"));
        assertThat(calendar.plusWorkingTime(at("2026-03-02T07:00"), Duration.ofHours(8)))
                .isEqualTo(at("2026-03-02T17:00"));
    }

    @Test
    void workingTimeSkipsLunch() {
        assertThat(calendar.plusWorkingTime(at("2026-03-02T10:00"), Duration.ofHours(4)))
                .isEqualTo(at("2026-03-02T16:00"));
    }

    @Test
    void workingTimeBetweenCountsOnlyOfficeHours() {
        // Friday 15:00 to Monday 08:00: 2 h on Friday, 1 h on Monday.
        assertThat(calendar.workingTimeBetween(at("2026-03-06T15:00"), at("2026-03-09T08:00")))
                .isEqualTo(Duration.ofHours(3));
        assertThat(calendar.workingTimeBetween(at("2026-03-02T11:00"), at("2026-03-02T14:00")))
                .isEqualTo(Duration.ofMinutes(60));
        assertThat(calendar.workingTimeBetween(at("2026-03-02T18:00"), at("2026-03-03T06:00")))
                .isZero();
        assertThat(calendar.workingTimeBetween(at("2026-03-03T09:00"), at("2026-03-02T09:00")))
                .isZero();
    }

    @Test
    void workingTimeBetweenIsTheInverseOfPlusWorkingTime() {
        // Many intakes and amounts over two years with holidays, lunch and weekends: adding working
        // time and measuring it back must agree to the minute.
        Random random = new Random(20260302);
        LocalDateTime origin = at("2025-08-01T00:00");
        for (int i = 0; i < 2000; i++) {
            LocalDateTime from = calendar.nextWorkingMoment(origin.plusMinutes(random.nextInt(60 * 24 * 500)));
            Duration amount = Duration.ofMinutes(1 + random.nextInt(60 * 8 * 30));
            LocalDateTime to = calendar.plusWorkingTime(from, amount);
            assertThat(calendar.workingTimeBetween(from, to)).as("from %s plus %s", from, amount).isEqualTo(amount);
            assertThat(calendar.isWorkingDay(to.toLocalDate())).as("ends on a working day: %s", to).isTrue();
        }
    }

    @Test
    void closeOfAWorkingDayIsItsLastPeriodsEnd() {
        assertThat(calendar.closeOf(LocalDate.of(2026, 3, 2))).isEqualTo(at("2026-03-02T17:00"));
        assertThatThrownBy(() -> calendar.closeOf(LocalDate.of(2026, 3, 7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADayThatIsBothHolidayAndMakeUpDay() {
        WorkingCalendar.Builder builder = CalendarFixtures.vietnam().makeUpDay(LocalDate.of(2026, 4, 30));
        assertThatThrownBy(builder::build).hasMessageContaining("2026-04-30");
    }

    @Test
    void refusesACalendarWithoutAnyWorkingWeekday() {
        WorkingCalendar.Builder builder = WorkingCalendar.builder();
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.hours(day, WorkingHours.NONE);
        }
        assertThatThrownBy(builder::build).hasMessageContaining("working weekday");
    }

    @Test
    void refusesOverlappingPeriods() {
        assertThatThrownBy(() -> WorkingHours.parse("07:00-12:00,11:30-17:00"))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> WorkingHours.parse("17:00-07:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNegativeWorkingTime() {
        assertThatThrownBy(() -> calendar.plusWorkingTime(at("2026-03-02T09:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
