package vn.lienthong.reporting.validation;

import org.junit.jupiter.api.Test;
import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpressionParserTest {

    private final ReportData now = ReportData.builder().number("CT01", 10).number("CT02", 4).number("CT03", "2.5")
            .number(Cell.of("CT04", "R1", "C1"), BigDecimal.valueOf(7)).build();
    private final ReportData before = ReportData.builder().number("CT09", 3).build();

    private Optional<BigDecimal> value(String text) {
        return ExpressionParser.parse(text).value(now, before);
    }

    @Test
    void multipliesAndDividesBeforeAddingAndSubtracting() {
        assertThat(value("CT01 - CT02 * 2")).contains(new BigDecimal("2"));
        assertThat(value("(CT01 - CT02) * 2")).contains(new BigDecimal("12"));
        assertThat(value("CT02 * 100 / CT01")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40"));
        assertThat(value("-CT03 + 1")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-1.5"));
    }

    @Test
    void readsTableCellsAndThePreviousPeriod() {
        assertThat(value("CT04[R1][C1] + previous(CT09)")).contains(new BigDecimal("10"));
        assertThat(ExpressionParser.parse("previous(CT09)").usesPrevious()).isTrue();
        assertThat(ExpressionParser.parse("CT04[R1][C1] + CT01").cells()).containsExactlyInAnyOrder(Cell.of("CT04", "R1", "C1"), Cell.of("CT01"));
    }

    @Test
    void hasNoValueWhenACellIsEmptyOrADivisorIsZero() {
        assertThat(value("CT01 + CT77")).isEmpty();
        assertThat(value("previous(CT01)")).isEmpty();
        assertThat(value("CT01 / (CT02 - 4)")).isEmpty();
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> ExpressionParser.parse("CT01 +")).isInstanceOf(InvalidRegimeException.class);
        assertThatThrownBy(() -> ExpressionParser.parse("CT01 ) ")).isInstanceOf(InvalidRegimeException.class);
        assertThatThrownBy(() -> ExpressionParser.parse("CT04[R1]")).isInstanceOf(InvalidRegimeException.class);
        assertThatThrownBy(() -> ExpressionParser.parse("1.2.3")).isInstanceOf(InvalidRegimeException.class);
        assertThatThrownBy(() -> ExpressionParser.parse(" ")).isInstanceOf(InvalidRegimeException.class);
    }
}
