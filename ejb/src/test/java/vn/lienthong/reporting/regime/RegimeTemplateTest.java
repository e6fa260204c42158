package vn.lienthong.reporting.regime;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.RegimeFixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegimeTemplateTest {

    @Test
    void aTemplateWrittenFromARegimeReadsBackIntoTheSameRegime() {
        RegimeDefinition regime = RegimeFixtures.regime();
        byte[] xlsx = RegimeTemplate.write(regime, "2026-11");
        var json = RegimeTemplate.read(xlsx);
        assertThat(json.getString("validFrom")).isEqualTo("2026-11");
        assertThat(RegimeJsonFormat.read(json)).isEqualTo(regime);
    }

    @Test
    void aTemplatesMistakeIsRefusedNamingTheIndicatorLine() throws Exception {
        byte[] xlsx = RegimeTemplate.write(RegimeFixtures.regime(), null);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet indicators = book.getSheet("Chỉ tiêu");
            int weight = RegimeTemplate.INDICATOR_COLUMNS.indexOf("weight");
            indicators.getRow(4).getCell(weight).setCellValue("CT99");
            book.write(out);
            assertThatThrownBy(() -> RegimeJsonFormat.read(RegimeTemplate.read(out.toByteArray())))
                    .isInstanceOf(InvalidRegimeException.class)
                    .satisfies(e -> assertThat(((InvalidRegimeException) e).element()).contains("indicators[3].weight"));
        }
    }

    @Test
    void refusesAFileThatIsNoTemplate() {
        assertThatThrownBy(() -> RegimeTemplate.read("not a workbook".getBytes()))
                .isInstanceOf(InvalidRegimeException.class)
                .satisfies(e -> assertThat(((InvalidRegimeException) e).element()).contains("template"));
        byte[] empty;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Khác");
            book.write(out);
            empty = out.toByteArray();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> RegimeTemplate.read(empty)).isInstanceOf(InvalidRegimeException.class).hasMessageContaining("Chế độ báo cáo");
    }
}
