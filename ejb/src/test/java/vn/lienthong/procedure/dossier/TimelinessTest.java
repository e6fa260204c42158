package vn.lienthong.procedure.dossier;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Early, on time and late for hour-based due instants: the appointment is a day in Vietnam. */
class TimelinessTest {

    private static final Instant DUE = at("2026-03-09T10:00:00+07:00");

    @Test
    void returnedOnTheDueDayIsOnTimeEvenAfterTheDueHour() {
        assertThat(Timeliness.of(at("2026-03-09T07:30:00+07:00"), DUE)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(at("2026-03-09T16:59:00+07:00"), DUE)).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void returnedOnAnyEarlierDayIsEarly() {
        assertThat(Timeliness.of(at("2026-03-08T23:59:00+07:00"), DUE)).isEqualTo(Timeliness.EARLY);
        assertThat(Timeliness.of(at("2026-02-01T09:00:00+07:00"), DUE)).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void returnedOnAnyLaterDayIsLate() {
        assertThat(Timeliness.of(at("2026-03-10T07:00:00+07:00"), DUE)).isEqualTo(Timeliness.LATE);
    }

    @Test
    void daysAreVietnamDaysNotUtcDays() {
        // 17:30 UTC on the 9th is already the 10th in Vietnam: late, though UTC would say the due day.
        assertThat(Timeliness.of(Instant.parse("2026-03-09T17:30:00Z"), DUE)).isEqualTo(Timeliness.LATE);
        // 23:30 UTC on the 8th is the morning of the 9th in Vietnam: on time.
        assertThat(Timeliness.of(Instant.parse("2026-03-08T23:30:00Z"), DUE)).isEqualTo(Timeliness.ON_TIME);
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
