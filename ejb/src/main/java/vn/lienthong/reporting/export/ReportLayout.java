package vn.lienthong.reporting.export;

import vn.lienthong.reporting.regime.Indicator;
import vn.lienthong.reporting.regime.IndicatorType;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.TableColumn;
import vn.lienthong.reporting.regime.TableRow;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The lines of a regime's data form, in its order: section headings, one line per scalar
 * indicator, and for a table one heading line then one line per row and number column. Free-row
 * tables get one line per row that the figures at hand hold.
 */
final class ReportLayout {

    /** One line of the form: a heading (cell empty) or a figure's place. */
    record Line(String number, String code, String label, String unit, Optional<Cell> cell, boolean heading) {
    }

    private ReportLayout() {
    }

    static List<Line> of(RegimeDefinition regime, List<ReportData> figures) {
        List<Line> lines = new ArrayList<>();
        String section = null;
        int n = 0;
        for (Indicator indicator : regime.indicators()) {
            if (indicator.section().isPresent() && !indicator.section().get().equals(section)) {
                section = indicator.section().get();
                lines.add(new Line("", "", section, "", Optional.empty(), true));
            }
            n++;
            String number = String.valueOf(n);
            if (indicator.type() != IndicatorType.TABLE) {
                lines.add(new Line(number, indicator.code(), indicator.name().vi(), unit(indicator), Optional.of(Cell.of(indicator.code())), false));
                continue;
            }
            lines.add(new Line(number, indicator.code(), indicator.name().vi(), unit(indicator), Optional.empty(), true));
            var table = indicator.table().orElseThrow();
            List<String> rowCodes = new ArrayList<>();
            List<String> rowNames = new ArrayList<>();
            if (table.freeRows()) {
                TreeSet<Integer> present = new TreeSet<>();
                figures.forEach(f -> f.cells().stream().filter(c -> c.indicator().equals(indicator.code()))
                        .forEach(c -> present.add(Integer.parseInt(c.row()))));
                present.forEach(r -> {
                    rowCodes.add(String.valueOf(r));
                    rowNames.add("Dòng " + r);
                });
            } else {
                for (TableRow row : table.rows()) {
                    rowCodes.add(row.code());
                    rowNames.add(row.name().vi());
                }
            }
            for (int r = 0; r < rowCodes.size(); r++) {
                for (TableColumn column : table.columns()) {
                    lines.add(new Line(number + "." + (r + 1), indicator.code(), rowNames.get(r) + " — " + column.name().vi(),
                            unit(indicator), Optional.of(Cell.of(indicator.code(), rowCodes.get(r), column.code())), false));
                }
            }
        }
        return lines;
    }

    private static String unit(Indicator indicator) {
        return indicator.unit() == null ? "" : indicator.unit();
    }
}
