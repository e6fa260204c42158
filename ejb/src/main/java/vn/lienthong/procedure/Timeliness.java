package vn.lienthong.procedure;

import java.time.LocalDate;

/**
 * Whether a result came back early, on time or late: compared by date, as PROCEDURES.md states
 * ("on or before the appointment date"), in Vietnam's time.
 */
public enum Timeliness {
    EARLY, ON_TIME, LATE;

    public static Timeliness of(LocalDate returned, LocalDate due) {
        if (returned.isBefore(due)) {
            return EARLY;
        }
        return returned.isEqual(due) ? ON_TIME : LATE;
    }
}
