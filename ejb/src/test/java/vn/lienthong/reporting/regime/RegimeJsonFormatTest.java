package vn.lienthong.reporting.regime;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.RegimeFixtures;
import vn.lienthong.reporting.period.DeadlineRule;
import vn.lienthong.reporting.period.Frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegimeJsonFormatTest {

    @Test
    void readsEveryPartOfARegime() {
        RegimeDefinition regime = RegimeFixtures.regime();
        assertThat(regime.code()).isEqualTo("BC-TEST");
        assertThat(regime.frequency()).isEqualTo(Frequency.MONTH);
        assertThat(regime.scope()).contains(AgencyCode.of("000.00.00.H99"));
        assertThat(regime.reporters()).hasSize(4);
        assertThat(regime.reporters().get(2).recipient()).isEqualTo(RecipientRule.PARENT);
        assertThat(regime.reporters().get(0).deadline()).isEqualTo(DeadlineRule.dayOfMonth(25));
        Indicator rate = regime.indicator("CT04").orElseThrow();
        assertThat(rate.aggregation()).isEqualTo(AggregationKind.WEIGHTED_AVERAGE);
        assertThat(rate.unit()).isEqualTo("%");
        assertThat(rate.max()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("100"));
        assertThat(regime.indicator("CT01").orElseThrow().computed()).contains(IndicatorSource.DOCUMENTS_SENT);
        assertThat(regime.indicator("CT02").orElseThrow().name().en()).isEqualTo("Số hồ sơ tiếp nhận");
        assertThat(regime.indicator("CT08").orElseThrow().table().orElseThrow().rows()).hasSize(2);
        assertThat(regime.rules().get(1).formula()).isEqualTo("(CT08[TT][NHAN] + CT08[TTN][NHAN]) == CT02");
    }

    @Test
    void writesWhatItReads() {
        RegimeDefinition regime = RegimeFixtures.regime();
        JsonObject written = RegimeJsonFormat.write(regime);
        assertThat(RegimeJsonFormat.read(written)).isEqualTo(regime);
        assertThat(RegimeJsonFormat.write(RegimeJsonFormat.read(written))).isEqualTo(written);
    }

    private static InvalidRegimeException refused(String from, String to) {
        JsonObject changed = RegimeFixtures.json(RegimeFixtures.JSON.replace(from, to));
        try {
            RegimeJsonFormat.read(changed);
        } catch (InvalidRegimeException e) {
            return e;
        }
        throw new AssertionError("accepted: " + to);
    }

    @Test
    void namesTheFieldAtFault() {
        assertThat(refused("\"weight\": \"CT03\"", "\"weight\": \"CT99\"").element()).contains("indicators[3].weight");
        assertThat(refused("\"weight\": \"CT03\"", "\"weight\": \"CT07\"").element()).contains("indicators[3].weight");
        assertThat(refused("\"type\": \"TEXT\", \"required\": false", "\"type\": \"TEXT\", \"aggregation\": \"SUM\", \"required\": false")
                .element()).contains("indicators[6].aggregation");
        assertThat(refused("\"aggregation\": \"WEIGHTED_AVERAGE\", \"weight\": \"CT03\"", "\"aggregation\": \"SUM\"")
                .element()).contains("indicators[3].aggregation");
        assertThat(refused("\"left\": \"CT03\"", "\"left\": \"CT03 + CT07\"").element()).contains("rules[0]");
        assertThat(refused("\"left\": \"CT03\"", "\"left\": \"CT03 +\"").element()).contains("rules[0].left");
        assertThat(refused("{\"workingDaysAfterCutOff\": 4}", "{\"workingDaysAfterCutOff\": 0}").element())
                .contains("reporters[1].deadline.workingDaysAfterCutOff");
        assertThat(refused("{\"level\": 1, \"recipient\": \"000.00.00.G22\",", "{\"level\": 1,").element()).contains("reporters[0].recipient");
        assertThat(refused("\"frequency\": \"MONTH\"", "\"frequency\": \"WEEK\"").element()).contains("frequency");
        assertThat(refused("\"code\": \"CT02\"", "\"code\": \"CT01\"").element()).contains("indicators[1].code");
        assertThat(refused("\"min\": 0}", "\"min\": \"zero\"}").element()).contains("indicators[1].min");
        assertThat(refused("\"issuer\": \"000.00.00.H99\"", "\"issuer\": \"H99\"").element()).contains("issuer");
    }

    @Test
    void refusesANonObjectBody() {
        assertThatThrownBy(() -> RegimeJsonFormat.read(null)).isInstanceOf(InvalidRegimeException.class);
        assertThatThrownBy(() -> RegimeJsonFormat.read(Json.createObjectBuilder().build())).isInstanceOf(InvalidRegimeException.class);
    }
}
