package vn.lienthong.procedure.calendar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The office hours of one day: zero or more periods in order, not overlapping. No period at all
 * means a day off.
 */
public record WorkingHours(List<WorkingPeriod> periods) {

    public static final WorkingHours NONE = new WorkingHours(List.of());

    /** Decree-standard office hours that real one-stop systems default to. */
    public static final WorkingHours STANDARD = parse("07:00-11:30,13:30-17:00");

    public WorkingHours {
        List<WorkingPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(WorkingPeriod::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("Working periods overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        periods = List.copyOf(sorted);
    }

    /** Parses {@code 07:00-11:30,13:30-17:00}; a blank text is a day off. */
    public static WorkingHours parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<WorkingPeriod> periods = new ArrayList<>();
        for (String part : text.split(",")) {
            periods.add(WorkingPeriod.parse(part));
        }
        return new WorkingHours(periods);
    }

    public boolean isDayOff() {
        return periods.isEmpty();
    }

    public Duration length() {
        return periods.stream().map(WorkingPeriod::length).reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public String toString() {
        return periods.stream().map(WorkingPeriod::toString).collect(Collectors.joining(","));
    }
}
