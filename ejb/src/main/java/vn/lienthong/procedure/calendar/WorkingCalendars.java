package vn.lienthong.procedure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.directory.agency.AgencyCode;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The working calendar of each province, from the operator's directory (server variable
 * {@code lienthong.procedure.calendar-dir}) or the bundled data.
 */
@ApplicationScoped
public class WorkingCalendars {

    @Inject
    @ConfigProperty(name = "lienthong.procedure.calendar-dir")
    Optional<String> directory;

    private volatile CalendarSource source;

    /** The calendar of the agency's province (the top-level unit of its code, e.g. H20). */
    public DeadlineCalculator deadlinesFor(AgencyCode agency) {
        return new DeadlineCalculator(source().forProvince(agency.topLevelUnit()));
    }

    private CalendarSource source() {
        if (source == null) {
            source = new CalendarSource(directory.filter(d -> !d.isBlank()).map(Path::of));
        }
        return source;
    }
}
