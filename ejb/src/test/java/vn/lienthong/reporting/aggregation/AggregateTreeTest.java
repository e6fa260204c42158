package vn.lienthong.reporting.aggregation;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.reporting.RegimeFixtures;
import vn.lienthong.reporting.obligation.ReportStatus;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateTreeTest {

    private static final RegimeDefinition REGIME = RegimeFixtures.regime();
    private static final Instant NOW = Instant.parse("2026-12-10T03:00:00Z");
    private static final Instant DUE = NOW.plus(Duration.ofDays(3));

    private static final AgencyCode PROVINCE = AgencyCode.of("000.00.00.H99");
    private static final AgencyCode DISTRICT_A = AgencyCode.of("000.00.31.H99");
    private static final AgencyCode DISTRICT_B = AgencyCode.of("000.00.32.H99");
    private static final AgencyCode COMMUNE_A1 = AgencyCode.of("000.01.31.H99");
    private static final AgencyCode COMMUNE_A2 = AgencyCode.of("000.02.31.H99");
    private static final AgencyCode COMMUNE_B1 = AgencyCode.of("000.01.32.H99");
    private static final AgencyCode GOVERNMENT = AgencyCode.of("000.00.00.G22");

    private static ReportData figures(long received, long resolved, String rate, long open, String fastest, long byHand, long online) {
        return ReportData.builder().number("CT01", 1).number("CT02", received).number("CT03", resolved).number("CT04", rate)
                .number("CT05", open).number("CT06", fastest)
                .number(Cell.of("CT08", "TT", "NHAN"), BigDecimal.valueOf(byHand))
                .number(Cell.of("CT08", "TTN", "NHAN"), BigDecimal.valueOf(online))
                .number(Cell.of("CT08", "TT", "TL"), BigDecimal.valueOf(50))
                .text(Cell.of("CT07"), "ghi chú").build();
    }

    private static UnitReport submitted(AgencyCode agency, AgencyCode to, int level, ReportData data, Instant at) {
        return new UnitReport(agency, to, level, DUE, Optional.of(at), data);
    }

    private static UnitReport missing(AgencyCode agency, AgencyCode to, int level, Instant due) {
        return new UnitReport(agency, to, level, due, Optional.empty(), ReportData.EMPTY);
    }

    private final List<UnitReport> units = List.of(
            submitted(PROVINCE, GOVERNMENT, 1, figures(5, 5, "100", 0, "2.0", 5, 0), NOW),
            submitted(DISTRICT_A, PROVINCE, 2, figures(10, 8, "75", 2, "1.5", 6, 4), NOW),
            submitted(DISTRICT_B, PROVINCE, 2, figures(20, 20, "90", 1, "3.0", 10, 10), DUE.plusSeconds(60)),
            submitted(COMMUNE_A1, DISTRICT_A, 3, figures(4, 2, "50", 2, "0.5", 4, 0), NOW),
            missing(COMMUNE_A2, DISTRICT_A, 3, NOW.minusSeconds(1)),
            missing(COMMUNE_B1, DISTRICT_B, 3, DUE));

    @Test
    void eachIndicatorCombinesByItsOwnRuleUpTheHierarchy() {
        AggregateNode province = AggregateTree.build(REGIME, PROVINCE, units, NOW);
        ReportData total = province.values();
        assertThat(total.number(Cell.of("CT02"))).contains(BigDecimal.valueOf(39));
        assertThat(total.number(Cell.of("CT03"))).contains(BigDecimal.valueOf(35));
        // (5×100 + 8×75 + 20×90 + 2×50) / 35 = 3000 / 35 = 85.71
        assertThat(total.number(Cell.of("CT04"))).contains(new BigDecimal("85.71"));
        assertThat(total.number(Cell.of("CT05"))).contains(BigDecimal.valueOf(5));
        assertThat(total.number(Cell.of("CT06"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
        assertThat(total.number(Cell.of("CT08", "TT", "NHAN"))).contains(BigDecimal.valueOf(25));
        assertThat(total.number(Cell.of("CT08", "TTN", "NHAN"))).contains(BigDecimal.valueOf(14));
        assertThat(total.number(Cell.of("CT08", "TT", "TL"))).as("percentage columns stay with each reporter").isEmpty();
        assertThat(total.text(Cell.of("CT07"))).as("texts are never combined").isEmpty();
    }

    @Test
    void drillsDownToEachReporterWithItsOwnAndItsUnitsFigures() {
        AggregateNode province = AggregateTree.build(REGIME, PROVINCE, units, NOW);
        assertThat(province.children()).extracting(AggregateNode::agency).containsExactly(DISTRICT_A, DISTRICT_B);
        AggregateNode districtA = province.children().get(0);
        assertThat(districtA.values().number(Cell.of("CT02"))).contains(BigDecimal.valueOf(14));
        assertThat(districtA.unit().orElseThrow().own().number(Cell.of("CT02"))).contains(BigDecimal.valueOf(10));
        assertThat(districtA.children()).extracting(AggregateNode::agency).containsExactly(COMMUNE_A1, COMMUNE_A2);
        assertThat(districtA.children().get(1).unit().orElseThrow().status(NOW)).isEqualTo(ReportStatus.OVERDUE);
        assertThat(AggregateTree.build(REGIME, DISTRICT_A, units, NOW).values()).isEqualTo(districtA.values());
    }

    @Test
    void countsExpectedSubmittedOnTimeLateAndOverduePerLevel() {
        AggregateNode province = AggregateTree.build(REGIME, PROVINCE, units, NOW);
        assertThat(province.rates()).isEqualTo(new RateCounts(6, 4, 3, 1, 1));
        assertThat(province.byLevel().get(1)).isEqualTo(new RateCounts(1, 1, 1, 0, 0));
        assertThat(province.byLevel().get(2)).isEqualTo(new RateCounts(2, 2, 1, 1, 0));
        assertThat(province.byLevel().get(3)).isEqualTo(new RateCounts(3, 1, 1, 0, 1));
        assertThat(province.rates().submittedPercent()).isEqualByComparingTo("66.67");
        AggregateNode national = AggregateTree.build(REGIME, GOVERNMENT, units, NOW);
        assertThat(national.unit()).isEmpty();
        assertThat(national.rates()).isEqualTo(province.rates());
        assertThat(national.values()).isEqualTo(province.values());
    }

    @Test
    void aWeightedAverageWithoutWeightsHasNoValueAndNothingSubmittedAddsNothing() {
        ReportData noneResolved = figures(3, 0, "0", 3, "1.0", 3, 0);
        AggregateNode node = AggregateTree.build(REGIME, DISTRICT_B, List.of(
                submitted(DISTRICT_B, PROVINCE, 2, noneResolved, NOW), missing(COMMUNE_B1, DISTRICT_B, 3, DUE)), NOW);
        assertThat(node.values().number(Cell.of("CT04"))).isEmpty();
        assertThat(node.values().number(Cell.of("CT02"))).contains(BigDecimal.valueOf(3));
        assertThat(node.figures().reporters()).isEqualTo(1);
    }

    @Test
    void overSeveralPeriodsLatestTakesTheLastPeriodAndSumAddsThemUp() {
        Figures october = Figures.of(REGIME, figures(10, 8, "75", 7, "1.5", 6, 4));
        Figures november = Figures.of(REGIME, figures(20, 20, "90", 3, "3.0", 10, 10));
        ReportData both = new Figures(REGIME).followedBy(october).followedBy(november).values();
        assertThat(both.number(Cell.of("CT02"))).contains(BigDecimal.valueOf(30));
        assertThat(both.number(Cell.of("CT05"))).contains(BigDecimal.valueOf(3));
        // (8×75 + 20×90) / 28 = 85.71
        assertThat(both.number(Cell.of("CT04"))).contains(new BigDecimal("85.71"));
        assertThat(both.number(Cell.of("CT06"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.5"));
    }
}
