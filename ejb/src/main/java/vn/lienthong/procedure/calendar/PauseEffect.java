package vn.lienthong.procedure.calendar;

/** What a resubmission does to the clock; a procedure chooses one. */
public enum PauseEffect {
    /** The due date moves by the paused time (the common rule). */
    EXTEND,
    /** The whole processing time starts again from the resubmission. */
    RESTART
}
