package vn.lienthong.procedure.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The due date (ngày hẹn trả) of a dossier, from its intake time, the procedure's processing time,
 * its finished pauses and its extensions, on one working calendar. The rules, as real one-stop
 * systems apply them (docs/procedures.md):
 * <ul>
 *   <li>Working days and hours: the clock runs only in office hours; intake after closing starts
 *       the next working morning, intake over lunch at 13:30; one working day is the calendar's
 *       working-day length (8 h) of office time, so intake at 09:00 on Monday with one working day
 *       is due 09:00 on Tuesday.</li>
 *   <li>Calendar days: the clock runs around the clock from the intake time; a due date that falls
 *       on a day off moves to the closing time of the next working day (Civil Code, art. 148).</li>
 *   <li>Pauses: with {@link PauseEffect#EXTEND} each pause that began before the (moving) due date
 *       pushes it by the paused time — working time for working-time limits, elapsed time for
 *       calendar days. A pause that begins after the due date cannot rescue a late dossier. With
 *       {@link PauseEffect#RESTART} the full time starts again at the end of the last pause.</li>
 *   <li>Extensions (gia hạn) add whole units of the procedure's own unit.</li>
 * </ul>
 */
public final class DeadlineCalculator {

    private final WorkingCalendar calendar;

    public DeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar);
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public LocalDateTime dueDate(LocalDateTime intake, ProcessingTime time) {
        return dueDate(intake, time, List.of(), 0, PauseEffect.EXTEND);
    }

    /**
     * @param pauses        finished pauses, not overlapping
     * @param extensionUnits units granted by extensions, in the processing time's unit
     */
    public LocalDateTime dueDate(LocalDateTime intake, ProcessingTime time, List<ClockPause> pauses,
                                 int extensionUnits, PauseEffect effect) {
        Objects.requireNonNull(intake, "intake");
        if (extensionUnits < 0) {
            throw new IllegalArgumentException("Extensions cannot shorten a processing time");
        }
        List<ClockPause> ordered = new ArrayList<>(pauses);
        ordered.sort(Comparator.comparing(ClockPause::start));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).start().isBefore(ordered.get(i - 1).end())) {
                throw new IllegalArgumentException("Pauses overlap: " + ordered.get(i - 1) + " and " + ordered.get(i));
            }
        }
        int units = time.amount() + extensionUnits;
        if (effect == PauseEffect.RESTART && !ordered.isEmpty()) {
            LocalDateTime restart = ordered.get(ordered.size() - 1).end();
            return dueDate(restart, new ProcessingTime(units, time.unit()), List.of(), 0, PauseEffect.EXTEND);
        }
        return switch (time.unit()) {
            case WORKING_DAYS -> workingDue(intake, calendar.workingDayLength().multipliedBy(units), ordered);
            case WORKING_HOURS -> workingDue(intake, Duration.ofHours(units), ordered);
            case CALENDAR_DAYS -> calendarDue(intake, units, ordered);
        };
    }

    private LocalDateTime workingDue(LocalDateTime intake, Duration budget, List<ClockPause> pauses) {
        LocalDateTime start = calendar.nextWorkingMoment(intake);
        LocalDateTime due = calendar.plusWorkingTime(start, budget);
        for (ClockPause pause : pauses) {
            if (!pause.start().isBefore(due)) {
                break;
            }
            due = calendar.plusWorkingTime(due, calendar.workingTimeBetween(pause.start(), pause.end()));
        }
        return due;
    }

    private LocalDateTime calendarDue(LocalDateTime intake, int days, List<ClockPause> pauses) {
        LocalDateTime due = intake.plusDays(days);
        for (ClockPause pause : pauses) {
            if (!pause.start().isBefore(due)) {
                break;
            }
            due = due.plus(Duration.between(pause.start(), pause.end()));
        }
        if (!calendar.isWorkingDay(due.toLocalDate())) {
            return calendar.closeOf(calendar.workingDayOnOrAfter(due.toLocalDate()));
        }
        return due;
    }
}
