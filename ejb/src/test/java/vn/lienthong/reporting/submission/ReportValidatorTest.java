package vn.lienthong.reporting.submission;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.lienthong.reporting.RegimeFixtures;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportValidatorTest {

    private static final RegimeDefinition REGIME = RegimeFixtures.regime();
    private static final Map<String, BigDecimal> HUB = Map.of("CT01", BigDecimal.valueOf(12));
    private static final String TABLE = "\"CT08\": {\"TT\": {\"NHAN\": 6, \"TL\": 50}, \"TTN\": {\"NHAN\": 4, \"TL\": 75.5}}";

    private static ValidatedReport validate(String values) {
        return validate("{\"values\": {" + values + "}}", HUB);
    }

    private static ValidatedReport validate(String body, Map<String, BigDecimal> hub) {
        JsonObject json = RegimeFixtures.json(body);
        return ReportValidator.validate(REGIME, ReportJson.read(json, REGIME), hub, ReportData.EMPTY);
    }

    private static List<ReportProblem> problems(String values) {
        try {
            validate(values);
        } catch (ReportInvalidException e) {
            return e.problems();
        }
        throw new AssertionError("accepted " + values);
    }

    private static final String VALID = "\"CT02\": 10, \"CT03\": 8, \"CT04\": 87.5, \"CT05\": 2, \"CT06\": 1.5, " + TABLE;

    @Test
    void acceptsACompleteReportAndFillsTheHubsOwnFigure() {
        ValidatedReport report = validate(VALID);
        assertThat(report.data().number(Cell.of("CT01"))).contains(BigDecimal.valueOf(12));
        assertThat(report.data().number(Cell.of("CT08", "TTN", "TL"))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("75.5"));
        assertThat(report.data().text(Cell.of("CT07"))).isEmpty();
        assertThat(report.corrections()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.hubFigures()).containsEntry("CT01", BigDecimal.valueOf(12));
    }

    @Test
    void refusesAMissingRequiredIndicatorAndAnUnknownOneNamingEach() {
        List<ReportProblem> found = problems("\"CT03\": 8, \"CT04\": 87.5, \"CT05\": 2, \"CT06\": 1.5, \"CT99\": 1, " + TABLE);
        assertThat(found).extracting(ReportProblem::element).containsExactlyInAnyOrder("values/CT99", "values/CT02");
    }

    @Test
    void refusesWrongTypesDecimalsAndUnits() {
        assertThat(problems(VALID.replace("\"CT02\": 10", "\"CT02\": \"mười\""))).extracting(ReportProblem::element).containsExactly("values/CT02");
        assertThat(problems(VALID.replace("\"CT02\": 10", "\"CT02\": 10.5")).get(0).messageEn()).contains("whole number");
        assertThat(problems(VALID.replace("\"CT06\": 1.5", "\"CT06\": 1.25")).get(0).messageEn()).contains("1 decimal");
        assertThat(problems(VALID.replace("\"CT02\": 10", "\"CT02\": {\"value\": 10, \"unit\": \"văn bản\"}")).get(0).messageEn())
                .contains("counted in hồ sơ");
        assertThat(validate(VALID.replace("\"CT02\": 10", "\"CT02\": {\"value\": 10, \"unit\": \"hồ sơ\"}")).data().number(Cell.of("CT02")))
                .contains(BigDecimal.valueOf(10));
    }

    @Test
    void refusesFiguresOutOfRange() {
        assertThat(problems(VALID.replace("\"CT04\": 87.5", "\"CT04\": 130")))
                .singleElement().satisfies(p -> {
                    assertThat(p.element()).isEqualTo("values/CT04");
                    assertThat(p.messageEn()).contains("130 lies outside 0 … 100");
                    assertThat(p.messageVi()).contains("nằm ngoài khoảng");
                });
        assertThat(problems(VALID.replace("\"CT03\": 8", "\"CT03\": -1"))).extracting(ReportProblem::element).containsExactly("values/CT03");
        assertThat(problems(VALID.replace("\"TL\": 50", "\"TL\": 101"))).extracting(ReportProblem::element).containsExactly("values/CT08[TT][TL]");
    }

    @Test
    void refusesATableOfTheWrongShape() {
        assertThat(problems(VALID.replace("\"TTN\": {\"NHAN\": 4, \"TL\": 75.5}", "\"BC\": {\"NHAN\": 4}")))
                .extracting(ReportProblem::element).contains("values/CT08[BC][NHAN]", "values/CT08[TTN][NHAN]");
        assertThat(problems(VALID.replace("\"NHAN\": 6,", "\"NHAN\": 6, \"XX\": 1,")))
                .extracting(ReportProblem::element).containsExactly("values/CT08[TT][XX]");
        assertThat(problems(VALID.replace(TABLE, "\"CT08\": [1, 2]"))).extracting(ReportProblem::element).containsExactly("values/CT08");
    }

    @Test
    void aTextLongerThanAllowedIsRefused() {
        assertThat(problems(VALID + ", \"CT07\": \"" + "x".repeat(201) + "\"")).extracting(ReportProblem::element).containsExactly("values/CT07");
        assertThat(validate(VALID + ", \"CT07\": \"Thiếu cán bộ\"").data().text(Cell.of("CT07"))).contains("Thiếu cán bộ");
    }

    @Test
    void aComputedFigureChangedWithoutAReasonIsRefusedAndWithOneIsKept() {
        assertThat(problems(VALID + ", \"CT01\": 15").get(0).messageEn()).contains("differs from the hub's own figure 12");
        ValidatedReport corrected = validate("{\"values\": {" + VALID + ", \"CT01\": 15}, \"corrections\": {\"CT01\": \"3 văn bản giấy\"}}", HUB);
        assertThat(corrected.data().number(Cell.of("CT01"))).contains(BigDecimal.valueOf(15));
        assertThat(corrected.corrections()).containsEntry("CT01", new Correction(BigDecimal.valueOf(12), "3 văn bản giấy"));
        assertThat(validate(VALID + ", \"CT01\": 12").corrections()).isEmpty();
    }

    @Test
    void anErrorRuleRefusesTheReportAndAWarningRuleLetsItThrough() {
        assertThatThrownBy(() -> validate(VALID.replace("\"CT03\": 8", "\"CT03\": 11")))
                .isInstanceOf(ReportRuleViolatedException.class)
                .hasMessageContaining("QT01").hasMessageContaining("Resolved cannot exceed received")
                .satisfies(e -> assertThat(((ReportRuleViolatedException) e).element()).contains("rules/QT01"));
        ValidatedReport warned = validate(VALID.replace("\"NHAN\": 6", "\"NHAN\": 5"));
        assertThat(warned.warnings()).singleElement().satisfies(w -> assertThat(w.rule()).isEqualTo("QT02"));
    }

    @Test
    void everyProblemIsListedInTheRefusalInBothLanguages() {
        ReportInvalidException e = (ReportInvalidException) org.assertj.core.api.Assertions.catchThrowable(
                () -> validate("\"CT02\": \"x\", \"CT99\": 1"));
        assertThat(e.code()).isEqualTo("REPORT_INVALID");
        assertThat(e.messageEn()).contains("values/CT02: must be a number").contains("values/CT99");
        assertThat(e.messageVi()).contains("phải là số");
    }
}
