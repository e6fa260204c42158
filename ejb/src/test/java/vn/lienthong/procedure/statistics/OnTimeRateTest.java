package vn.lienthong.procedure.statistics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnTimeRateTest {

    @Test
    void earlyAndOnTimeOverReturnedInPercent() {
        assertThat(new OnTimeRate(2, 3).percent()).isEqualByComparingTo(new BigDecimal("66.67"));
        assertThat(new OnTimeRate(1, 3).percent()).isEqualByComparingTo(new BigDecimal("33.33"));
        assertThat(new OnTimeRate(0, 4).percent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(new OnTimeRate(7, 7).percent()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(new OnTimeRate(1, 8).percent()).isEqualByComparingTo(new BigDecimal("12.50"));
    }

    @Test
    void isAHundredPercentWhenNothingWasReturned() {
        assertThat(new OnTimeRate(0, 0).percent()).isEqualByComparingTo(new BigDecimal("100"));
    }

    @Test
    void cannotHaveMoreOnTimeThanReturned() {
        assertThatThrownBy(() -> new OnTimeRate(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OnTimeRate(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportsRateCountsEarlyAndOnTimeButNotLate() {
        OneStopCounts counts = new OneStopCounts(0, 6, 0, 0, 3, 1, 2, 0, 0, 0, 0, 0, 0, 0);
        assertThat(counts.onTimeRate()).isEqualTo(new OnTimeRate(4, 6));
        assertThat(counts.balances()).isTrue();
        assertThat(counts.plus(counts).onTimeRate()).isEqualTo(new OnTimeRate(8, 12));
    }
}
