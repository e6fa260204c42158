package vn.lienthong.procedure.calendar;

/** The unit a legal processing time is stated in. */
public enum TimeLimitUnit {
    /** Ngày làm việc: counted in office hours, a working day standing for the calendar's working-day length. */
    WORKING_DAYS,
    /** Giờ làm việc: for procedures settled within hours ("trong 4 giờ làm việc"). */
    WORKING_HOURS,
    /** Ngày (theo lịch): counted around the clock, but never ending on a day off. */
    CALENDAR_DAYS
}
