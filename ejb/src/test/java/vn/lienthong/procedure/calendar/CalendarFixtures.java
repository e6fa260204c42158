package vn.lienthong.procedure.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A calendar with known data, independent of the bundled file, so that the rules are tested
 * against dates the tests themselves declare. 1 January 2026 is a Thursday; 2 March 2026 a Monday.
 */
final class CalendarFixtures {

    private CalendarFixtures() {
    }

    static WorkingCalendar.Builder vietnam() {
        return WorkingCalendar.builder().name("fixture")
                .holiday(LocalDate.of(2025, 9, 1)).holiday(LocalDate.of(2025, 9, 2))
                .holiday(LocalDate.of(2026, 1, 1)).holiday(LocalDate.of(2026, 1, 2))
                .makeUpDay(LocalDate.of(2026, 1, 10))
                .holidays(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20))
                .holiday(LocalDate.of(2026, 4, 30)).holiday(LocalDate.of(2026, 5, 1));
    }

    static WorkingCalendar standard() {
        return vietnam().build();
    }

    static LocalDateTime at(String isoLocal) {
        return LocalDateTime.parse(isoLocal);
    }
}
