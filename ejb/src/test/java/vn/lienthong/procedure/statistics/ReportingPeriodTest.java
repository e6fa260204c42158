package vn.lienthong.procedure.statistics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingPeriodTest {

    @Test
    void monthQuarterHalfYearAndYearCoverTheirDaysBothEndsIncluded() {
        assertThat(ReportingPeriod.parse("2026-02")).isEqualTo(new ReportingPeriod(
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), "2026-02"));
        assertThat(ReportingPeriod.parse("2028-02").to()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReportingPeriod.parse("2026-Q3")).isEqualTo(new ReportingPeriod(
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), "2026-Q3"));
        assertThat(ReportingPeriod.parse("2026-Q1").to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReportingPeriod.parse("2026-Q4").to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReportingPeriod.parse("2026-H1")).isEqualTo(new ReportingPeriod(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "2026-H1"));
        assertThat(ReportingPeriod.parse("2026-H2").from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ReportingPeriod.parse("2026")).isEqualTo(new ReportingPeriod(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "2026"));
    }

    @Test
    void explicitDaysAreLabelledByTheirSpan() {
        ReportingPeriod p = ReportingPeriod.between("2026-07-15", "2026-08-14");
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 8, 14));
        assertThat(p.label()).isEqualTo("2026-07-15..2026-08-14");
        assertThat(ReportingPeriod.between("2026-07-15", "2026-07-15").to()).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void startsAndEndsAtMidnightInVietnam() {
        ReportingPeriod q3 = ReportingPeriod.parse("2026-Q3");
        assertThat(q3.start()).isEqualTo(Instant.parse("2026-06-30T17:00:00Z"));
        assertThat(q3.end()).isEqualTo(Instant.parse("2026-09-30T17:00:00Z"));
    }

    @Test
    void stockFiguresAreTakenAtTheEndOrNowWhileThePeriodRuns() {
        ReportingPeriod july = ReportingPeriod.parse("2026-07");
        Instant midJuly = OffsetDateTime.parse("2026-07-15T09:00:00+07:00").toInstant();
        assertThat(july.asOf(midJuly)).isEqualTo(midJuly);
        assertThat(july.asOf(Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo(july.end());
    }

    @Test
    void aPeriodThatHasNotBegunHasNoFigures() {
        ReportingPeriod august = ReportingPeriod.parse("2026-08");
        assertThatThrownBy(() -> august.asOf(Instant.parse("2026-07-31T16:59:59Z")))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("has not begun");
    }

    @Test
    void refusesWhatIsNotAPeriod() {
        for (String text : new String[] {"", "26", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-H3", "2026-7",
                "Q3-2026", "2026-q3", "1999", "2026-07-01"}) {
            assertThatThrownBy(() -> ReportingPeriod.parse(text)).as(text).isInstanceOf(InvalidPeriodException.class);
        }
        assertThatThrownBy(() -> ReportingPeriod.parse(null)).isInstanceOf(InvalidPeriodException.class);
    }

    @Test
    void refusesSpansThatEndBeforeTheyStartOrAreUnreadableOrTooLong() {
        assertThatThrownBy(() -> ReportingPeriod.between("2026-07-02", "2026-07-01"))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> ReportingPeriod.between("2026-07-01", "31/07/2026"))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("'to'");
        assertThatThrownBy(() -> ReportingPeriod.between(null, "2026-07-31"))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("'from'");
        assertThatThrownBy(() -> ReportingPeriod.between("2010-01-01", "2020-01-02"))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("ten years");
        assertThat(ReportingPeriod.between("2010-01-01", "2020-01-01").to()).isEqualTo(LocalDate.of(2020, 1, 1));
    }
}
