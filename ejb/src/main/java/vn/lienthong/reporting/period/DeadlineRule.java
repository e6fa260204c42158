package vn.lienthong.reporting.period;

import vn.lienthong.platform.time.HubClock;
import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.procedure.calendar.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a report is due, counted from its period's cut-off (Decree 09 Art 8.5, 13):
 * <ul>
 *   <li>{@link Kind#WORKING_DAYS_AFTER_CUT_OFF}: the n-th working day after the cut-off day on the
 *       reporter's working calendar (Art 8.5b asks for at least one);</li>
 *   <li>{@link Kind#DAY_OF_MONTH}: that day of the month after the cut-off, e.g. the 25th of the
 *       period's last month for reports to the Government (Art 13.1); a day off moves it to the
 *       next working day, as any due date does.</li>
 * </ul>
 * A report is on time when it arrives before the due day is over (midnight, Vietnam).
 */
public record DeadlineRule(Kind kind, int amount) {

    public enum Kind { WORKING_DAYS_AFTER_CUT_OFF, DAY_OF_MONTH }

    public DeadlineRule {
        if (kind == null) {
            throw new InvalidRegimeException(null, "A deadline is workingDaysAfterCutOff or dayOfMonth",
                    "Thời hạn gửi báo cáo là workingDaysAfterCutOff hoặc dayOfMonth");
        }
        if (kind == Kind.WORKING_DAYS_AFTER_CUT_OFF && (amount < 1 || amount > 250)) {
            throw new InvalidRegimeException("workingDaysAfterCutOff",
                    "A deadline lies 1 to 250 working days after the cut-off (Decree 09 Art 8.5b: at least one), not " + amount,
                    "Thời hạn gửi báo cáo phải sau thời điểm chốt số liệu từ 1 đến 250 ngày làm việc (Điều 8.5b Nghị định 09: ít nhất 01 ngày), không phải " + amount);
        }
        if (kind == Kind.DAY_OF_MONTH && (amount < 1 || amount > 31)) {
            throw new InvalidRegimeException("dayOfMonth", "A day of the month lies between 1 and 31, not " + amount,
                    "Ngày trong tháng phải từ 1 đến 31, không phải " + amount);
        }
    }

    public static DeadlineRule workingDaysAfterCutOff(int days) {
        return new DeadlineRule(Kind.WORKING_DAYS_AFTER_CUT_OFF, days);
    }

    public static DeadlineRule dayOfMonth(int day) {
        return new DeadlineRule(Kind.DAY_OF_MONTH, day);
    }

    /** The last day on which a report of this window is on time. */
    public LocalDate dueDay(DataWindow window, WorkingCalendar calendar) {
        LocalDate cutOff = window.cutOff();
        return switch (kind) {
            case WORKING_DAYS_AFTER_CUT_OFF -> {
                LocalDate day = cutOff;
                for (int i = 0; i < amount; i++) {
                    day = calendar.workingDayOnOrAfter(day.plusDays(1));
                }
                yield day;
            }
            case DAY_OF_MONTH -> {
                YearMonth month = YearMonth.from(cutOff);
                LocalDate day = month.atDay(Math.min(amount, month.lengthOfMonth()));
                if (!day.isAfter(cutOff)) {
                    YearMonth next = month.plusMonths(1);
                    day = next.atDay(Math.min(amount, next.lengthOfMonth()));
                }
                yield calendar.workingDayOnOrAfter(day);
            }
        };
    }

    /** The first instant at which a report of this window is late. */
    public Instant dueAt(DataWindow window, WorkingCalendar calendar) {
        return endOf(dueDay(window, calendar));
    }

    /** Midnight ending {@code day} in Vietnam. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(HubClock.ZONE).toInstant();
    }
}
