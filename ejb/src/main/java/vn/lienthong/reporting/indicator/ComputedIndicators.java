package vn.lienthong.reporting.indicator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.statistics.AxisCounts;
import vn.lienthong.exchange.statistics.AxisStatistics;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.statistics.DossierStatistics;
import vn.lienthong.procedure.statistics.OneStopCounts;
import vn.lienthong.procedure.statistics.ReportingPeriod;
import vn.lienthong.procedure.statistics.StatisticsGrouping;
import vn.lienthong.procedure.calendar.WorkingCalendars;
import vn.lienthong.procedure.calendar.WorkingCalendar;
import vn.lienthong.reporting.period.DataWindow;
import vn.lienthong.reporting.regime.IndicatorSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hub's own figures for a reporter over a data window (docs/reporting.md, "Computed
 * indicators"). Documents count by the time the hub accepted them, deliveries by the time they were
 * queued for the recipient, dossiers as the one-stop statistics count them (docs/procedures.md).
 * Ratios are percentages with two decimals; a ratio over nothing is 0 (nothing was signed or
 * fetched), except the on-time rate, which is 100 when nothing was returned (as procedures define it).
 */
@Stateless
public class ComputedIndicators {

    private static final EnumSet<IndicatorSource> DOSSIERS = EnumSet.of(IndicatorSource.DOSSIERS_RECEIVED,
            IndicatorSource.DOSSIERS_RECEIVED_ONLINE, IndicatorSource.DOSSIERS_RESOLVED, IndicatorSource.DOSSIERS_RESOLVED_EARLY,
            IndicatorSource.DOSSIERS_RESOLVED_ON_TIME, IndicatorSource.DOSSIERS_RESOLVED_LATE, IndicatorSource.DOSSIERS_ON_TIME_RATE);
    private static final EnumSet<IndicatorSource> FETCH_TIMES = EnumSet.of(IndicatorSource.DOCUMENTS_FETCHED_WITHIN_ONE_WORKING_DAY,
            IndicatorSource.DOCUMENTS_FETCHED_WITHIN_ONE_WORKING_DAY_RATIO);

    @EJB
    AxisStatistics axis;

    @EJB
    DossierStatistics dossiers;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    /** The figures asked for, for one reporter over one window. */
    public Map<IndicatorSource, BigDecimal> figures(AgencyCode agency, DataWindow window, Collection<IndicatorSource> sources) {
        Map<IndicatorSource, BigDecimal> figures = new EnumMap<>(IndicatorSource.class);
        if (sources.isEmpty()) {
            return figures;
        }
        Set<IndicatorSource> wanted = EnumSet.copyOf(sources);
        AxisCounts counts = axis.counts(List.of(agency), window.start(), window.end()).getOrDefault(agency, AxisCounts.NONE);
        put(figures, wanted, IndicatorSource.DOCUMENTS_SENT, counts.sent());
        put(figures, wanted, IndicatorSource.DOCUMENTS_SENT_INTERNAL, counts.sentInternal());
        put(figures, wanted, IndicatorSource.DOCUMENTS_SENT_EXTERNAL, counts.sentExternal());
        put(figures, wanted, IndicatorSource.DOCUMENTS_SENT_SIGNED, counts.sentSigned());
        if (wanted.contains(IndicatorSource.DOCUMENTS_SIGNED_RATIO)) {
            figures.put(IndicatorSource.DOCUMENTS_SIGNED_RATIO, percent(counts.sentSigned(), counts.sent(), BigDecimal.ZERO));
        }
        put(figures, wanted, IndicatorSource.DOCUMENTS_RECEIVED, counts.received());
        put(figures, wanted, IndicatorSource.DOCUMENTS_RECEIVED_INTERNAL, counts.receivedInternal());
        put(figures, wanted, IndicatorSource.DOCUMENTS_RECEIVED_EXTERNAL, counts.receivedExternal());
        put(figures, wanted, IndicatorSource.DOCUMENTS_REGISTERED, counts.registered());
        put(figures, wanted, IndicatorSource.AXIS_CONNECTED, counts.connected() ? 1 : 0);
        if (wanted.stream().anyMatch(FETCH_TIMES::contains)) {
            long quick = fetchedWithinOneWorkingDay(agency, window);
            put(figures, wanted, IndicatorSource.DOCUMENTS_FETCHED_WITHIN_ONE_WORKING_DAY, quick);
            if (wanted.contains(IndicatorSource.DOCUMENTS_FETCHED_WITHIN_ONE_WORKING_DAY_RATIO)) {
                figures.put(IndicatorSource.DOCUMENTS_FETCHED_WITHIN_ONE_WORKING_DAY_RATIO, percent(quick, counts.received(), BigDecimal.ZERO));
            }
        }
        if (wanted.stream().anyMatch(DOSSIERS::contains)) {
            OneStopCounts one = oneStop(agency, window);
            put(figures, wanted, IndicatorSource.DOSSIERS_RECEIVED, one.received());
            put(figures, wanted, IndicatorSource.DOSSIERS_RECEIVED_ONLINE, one.receivedOnline());
            put(figures, wanted, IndicatorSource.DOSSIERS_RESOLVED, one.resolved());
            put(figures, wanted, IndicatorSource.DOSSIERS_RESOLVED_EARLY, one.resolvedEarly());
            put(figures, wanted, IndicatorSource.DOSSIERS_RESOLVED_ON_TIME, one.resolvedOnTime());
            put(figures, wanted, IndicatorSource.DOSSIERS_RESOLVED_LATE, one.resolvedLate());
            if (wanted.contains(IndicatorSource.DOSSIERS_ON_TIME_RATE)) {
                figures.put(IndicatorSource.DOSSIERS_ON_TIME_RATE, one.onTimeRate().percent());
            }
        }
        return figures;
    }

    /**
     * Deliveries queued in the window that the agency fetched within one working day on its
     * province's calendar: by the same office time of the next working day, counted from the first
     * working moment after the delivery (a Friday-evening document fetched on Monday morning is in).
     */
    long fetchedWithinOneWorkingDay(AgencyCode agency, DataWindow window) {
        WorkingCalendar calendar = calendars.deadlinesFor(agency).calendar();
        long quick = 0;
        for (Instant[] times : axis.fetchTimes(agency, window.start(), window.end())) {
            if (times[1] == null) {
                continue;
            }
            LocalDateTime queued = LocalDateTime.ofInstant(times[0], HubClock.ZONE);
            LocalDateTime fetched = LocalDateTime.ofInstant(times[1], HubClock.ZONE);
            LocalDateTime limit = calendar.plusWorkingTime(calendar.nextWorkingMoment(queued), calendar.workingDayLength());
            if (!fetched.isAfter(limit)) {
                quick++;
            }
        }
        return quick;
    }

    /** The one-stop counts over the window; nothing for a window that has not begun. */
    private OneStopCounts oneStop(AgencyCode agency, DataWindow window) {
        if (!clock.instant().isAfter(window.start())) {
            return OneStopCounts.NONE;
        }
        ReportingPeriod period = ReportingPeriod.between(window.from().toString(), window.to().toString());
        return dossiers.report(period, StatisticsGrouping.AGENCY, Optional.of(agency), Optional.empty()).total();
    }

    private static void put(Map<IndicatorSource, BigDecimal> figures, Set<IndicatorSource> wanted, IndicatorSource source, long n) {
        if (wanted.contains(source)) {
            figures.put(source, BigDecimal.valueOf(n));
        }
    }

    /** {@code part} of {@code whole} in percent, two decimals; {@code none} when the whole is 0. */
    static BigDecimal percent(long part, long whole, BigDecimal none) {
        if (whole == 0) {
            return none.setScale(2, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
