package vn.lienthong.reporting.obligation;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.procedure.calendar.WorkingCalendar;
import vn.lienthong.reporting.RegimeFixtures;
import vn.lienthong.reporting.TreeFixtures;
import vn.lienthong.reporting.period.DataWindow;
import vn.lienthong.reporting.period.DeadlineRule;
import vn.lienthong.reporting.period.Frequency;
import vn.lienthong.reporting.period.PeriodKey;
import vn.lienthong.reporting.period.WindowRule;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.RegimeJsonFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.reporting.TreeFixtures.*;

class ObligationPlannerTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.builder().name("test").build();
    private static final Function<AgencyCode, WorkingCalendar> CALENDARS = a -> CALENDAR;
    private static final DataWindow NOVEMBER = PeriodKey.parse(Frequency.MONTH, "2026-11").window(WindowRule.DECREE_09);

    private static Map<AgencyCode, PlannedObligation> plan(RegimeDefinition regime, Optional<Instant> due) {
        return ObligationPlanner.plan(regime, NOVEMBER, TreeFixtures.tree(), CALENDARS, due).stream()
                .collect(Collectors.toMap(PlannedObligation::agency, p -> p));
    }

    @Test
    void everyActiveAgencyOfAListedLevelWithinTheScopeReportsToItsParent() {
        Map<AgencyCode, PlannedObligation> planned = plan(RegimeFixtures.regime(), Optional.empty());
        assertThat(planned.keySet()).containsExactlyInAnyOrder(PROVINCE, DEPARTMENT, DISTRICT_A, DISTRICT_B, COMMUNE_A1, COMMUNE_A2, COMMUNE_B1);
        assertThat(planned.get(COMMUNE_A1).recipient()).isEqualTo(DISTRICT_A);
        assertThat(planned.get(DISTRICT_A).recipient()).isEqualTo(PROVINCE);
        assertThat(planned.get(PROVINCE).recipient()).isEqualTo(GOVERNMENT);
        assertThat(planned).doesNotContainKeys(COMMUNE_B2, OTHER_DISTRICT, GOVERNMENT);
    }

    @Test
    void eachLevelAndANamedReporterHaveTheirOwnDeadline() {
        Map<AgencyCode, PlannedObligation> planned = plan(RegimeFixtures.regime(), Optional.empty());
        // Cut-off Saturday 14 Nov 2026: communes by the 2nd working day (Tue 17), one named commune by the 1st (Mon 16),
        // districts by the 4th (Thu 19), the province by the 25th.
        assertThat(planned.get(COMMUNE_A1).dueAt()).isEqualTo(DeadlineRule.endOf(LocalDate.of(2026, 11, 17)));
        assertThat(planned.get(COMMUNE_A2).dueAt()).isEqualTo(DeadlineRule.endOf(LocalDate.of(2026, 11, 16)));
        assertThat(planned.get(DISTRICT_B).dueAt()).isEqualTo(DeadlineRule.endOf(LocalDate.of(2026, 11, 19)));
        assertThat(planned.get(PROVINCE).dueAt()).isEqualTo(DeadlineRule.endOf(LocalDate.of(2026, 11, 25)));
    }

    @Test
    void theOpenerMaySetOneDeadlineForThePeriod() {
        Instant due = Instant.parse("2026-12-20T10:00:00Z");
        assertThat(plan(RegimeFixtures.regime(), Optional.of(due)).values()).allMatch(p -> p.dueAt().equals(due));
    }

    @Test
    void recordsTheChainOfRecipientsAboveEachReporter() {
        Map<AgencyCode, PlannedObligation> planned = plan(RegimeFixtures.regime(), Optional.empty());
        assertThat(planned.get(COMMUNE_A1).path()).isEqualTo("/000.00.00.G22/000.00.00.H99/000.00.31.H99/");
        assertThat(planned.get(PROVINCE).path()).isEqualTo("/000.00.00.G22/");
    }

    private static RegimeDefinition regime(String from, String to) {
        return RegimeJsonFormat.read(RegimeFixtures.json(RegimeFixtures.JSON.replace(from, to)));
    }

    @Test
    void aNamedReporterOutsideTheScopeReportsToo() {
        RegimeDefinition regime = regime("{\"agency\": \"000.02.31.H99\",", "{\"agency\": \"000.00.31.H98\", \"recipient\": \"000.00.00.H99\",");
        assertThat(plan(regime, Optional.empty()).get(OTHER_DISTRICT).recipient()).isEqualTo(PROVINCE);
    }

    @Test
    void refusesToOpenWhenARecipientIsMissingRetiredOrACycleForms() {
        assertThatThrownBy(() -> plan(regime("\"recipient\": \"000.00.00.G22\"", "\"recipient\": \"000.00.00.H01\""), Optional.empty()))
                .isInstanceOf(PeriodNotOpenedException.class).hasMessageContaining("000.00.00.H01");
        assertThatThrownBy(() -> plan(regime("\"recipient\": \"000.00.00.G22\"", "\"recipient\": \"000.02.32.H99\""), Optional.empty()))
                .isInstanceOf(PeriodNotOpenedException.class).hasMessageContaining("no longer active");
        assertThatThrownBy(() -> plan(regime("\"recipient\": \"000.00.00.G22\"", "\"recipient\": \"000.01.31.H99\""), Optional.empty()))
                .isInstanceOf(PeriodNotOpenedException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> plan(regime("{\"agency\": \"000.02.31.H99\",", "{\"agency\": \"000.09.31.H99\","), Optional.empty()))
                .isInstanceOf(PeriodNotOpenedException.class).hasMessageContaining("000.09.31.H99");
    }

    @Test
    void withoutAScopeEveryAgencyOfTheLevelReportsExceptTheRecipientItself() {
        RegimeDefinition national = regime("\"scope\": \"000.00.00.H99\",", "");
        List<AgencyCode> planned = List.copyOf(plan(national, Optional.empty()).keySet());
        assertThat(planned).contains(OTHER_PROVINCE, OTHER_DISTRICT).doesNotContain(GOVERNMENT);
    }
}
