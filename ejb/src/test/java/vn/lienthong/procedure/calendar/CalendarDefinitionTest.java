package vn.lienthong.procedure.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.procedure.calendar.CalendarFixtures.at;

class CalendarDefinitionTest {

    private static WorkingCalendar read(String text) throws IOException {
        return CalendarDefinition.read(new StringReader(text), "test");
    }

    @Test
    void bundledDefaultHasOfficeHoursHolidaysAndMakeUpDays() {
        WorkingCalendar calendar = new CalendarSource(Optional.empty()).forProvince(null);
        assertThat(calendar.hoursOn(LocalDate.of(2026, 3, 2))).isEqualTo(WorkingHours.STANDARD);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(calendar.isHoliday(LocalDate.of(2025, 9, 2))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 18))).isTrue();
        assertThat(calendar.isMakeUpDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.workingDayLength()).hasHours(8);
    }

    @Test
    void bundledDefaultGivesRealisticDueDates() {
        DeadlineCalculator calculator = new DeadlineCalculator(new CalendarSource(Optional.empty()).forProvince("H41"));
        // National Day 2025: Fri 29/8 10:00 + 1 working day skips the weekend and 1-2/9.
        assertThat(calculator.dueDate(at("2025-08-29T10:00"), ProcessingTime.workingDays(1)))
                .isEqualTo(at("2025-09-03T10:00"));
    }

    @Test
    void readsWeekdayHoursRangesAndMakeUpDays() throws IOException {
        WorkingCalendar calendar = read("""
                name=Tỉnh thử
                working-day.hours=7.5
                week.SATURDAY=07:30-11:30
                holidays.2026=2026-01-01, 2026-02-16..2026-02-20
                make-up-days.2026=2026-01-10
                """);
        assertThat(calendar.name()).isEqualTo("Tỉnh thử");
        assertThat(calendar.workingDayLength()).hasMinutes(450);
        assertThat(calendar.hoursOn(LocalDate.of(2026, 3, 7))).isEqualTo(WorkingHours.parse("07:30-11:30"));
        assertThat(calendar.hoursOn(LocalDate.of(2026, 3, 2))).isEqualTo(WorkingHours.STANDARD);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
        assertThat(calendar.holidays()).hasSize(6).contains(LocalDate.of(2026, 2, 18));
        assertThat(calendar.isMakeUpDay(LocalDate.of(2026, 1, 10))).isTrue();
    }

    @Test
    void blankWeekdayIsADayOff() throws IOException {
        WorkingCalendar calendar = read("week.FRIDAY=\n");
        assertThat(calendar.hoursOn(LocalDate.of(2026, 3, 6))).isEqualTo(WorkingHours.NONE);
        assertThat(calendar.hoursOn(LocalDate.of(2026, 3, 6).minusDays(1)).getClass()).isEqualTo(WorkingHours.class);
        assertThat(DayOfWeek.from(LocalDate.of(2026, 3, 6))).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void refusesAnUnknownKeyNamingIt() {
        assertThatThrownBy(() -> read("holiday.2026=2026-01-01\n"))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("holiday.2026");
    }

    @Test
    void refusesADateFiledUnderTheWrongYear() {
        assertThatThrownBy(() -> read("holidays.2026=2025-01-01\n"))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("holidays.2026").hasMessageContaining("not in 2026");
    }

    @Test
    void refusesMalformedDatesRangesAndHours() {
        assertThatThrownBy(() -> read("holidays.2026=2026-02-31\n")).isInstanceOf(InvalidCalendarException.class);
        assertThatThrownBy(() -> read("holidays.2026=2026-02-20..2026-02-16\n"))
                .isInstanceOf(InvalidCalendarException.class).hasMessageContaining("ends before");
        assertThatThrownBy(() -> read("week.MONDAY=7h-11h\n")).isInstanceOf(InvalidCalendarException.class);
        assertThatThrownBy(() -> read("week.FUNDAY=07:00-11:00\n")).isInstanceOf(InvalidCalendarException.class);
    }

    @Test
    void refusesAHolidayThatIsAlsoAMakeUpDay() {
        assertThatThrownBy(() -> read("holidays.2026=2026-01-10\nmake-up-days.2026=2026-01-10\n"))
                .isInstanceOf(InvalidCalendarException.class).hasMessageContaining("2026-01-10");
    }

    @Test
    void operatorFileForAProvinceOverridesTheBundledDefault(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("H41.properties"), "name=Nghệ An\nholidays.2026=2026-03-02\n", StandardCharsets.UTF_8);
        CalendarSource source = new CalendarSource(Optional.of(dir));
        assertThat(source.forProvince("h41").name()).isEqualTo("Nghệ An");
        assertThat(source.forProvince("H41").isHoliday(LocalDate.of(2026, 3, 2))).isTrue();
        // Another province still gets the bundled default.
        assertThat(source.forProvince("H20").isHoliday(LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(source.forProvince("H20").isHoliday(LocalDate.of(2026, 4, 30))).isTrue();
    }

    @Test
    void operatorDefaultReplacesTheBundledDefault(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("default.properties"), "name=operator default\n", StandardCharsets.UTF_8);
        assertThat(new CalendarSource(Optional.of(dir)).forProvince("H20").name()).isEqualTo("operator default");
    }

    @Test
    void refusesAProvinceKeyThatCouldEscapeTheDirectory() {
        assertThatThrownBy(() -> new CalendarSource(Optional.empty()).forProvince("../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
