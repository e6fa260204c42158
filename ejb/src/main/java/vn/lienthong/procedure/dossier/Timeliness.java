package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.time.HubClock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether a result came back early, on time or late: compared by date, as PROCEDURES.md states
 * ("on or before the appointment date"), in Vietnam's time. The due date is an instant (due
 * dates are hour-based), but the appointment is a day: a result returned on the due day is on
 * time even after the due hour, one returned on any earlier day is early, any later day late.
 */
public enum Timeliness {
    EARLY, ON_TIME, LATE;

    public static Timeliness of(LocalDate returned, LocalDate due) {
        if (returned.isBefore(due)) {
            return EARLY;
        }
        return returned.isEqual(due) ? ON_TIME : LATE;
    }

    /** Both instants read as days in Vietnam's time. */
    public static Timeliness of(Instant returned, Instant due) {
        return of(returned.atZone(HubClock.ZONE).toLocalDate(), due.atZone(HubClock.ZONE).toLocalDate());
    }
}
