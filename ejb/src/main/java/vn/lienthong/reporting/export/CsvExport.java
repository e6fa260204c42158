package vn.lienthong.reporting.export;

import vn.lienthong.directory.agency.AgencyTree;
import vn.lienthong.reporting.aggregation.Aggregate;
import vn.lienthong.reporting.aggregation.AggregateNode;
import vn.lienthong.reporting.aggregation.UnitReport;
import vn.lienthong.reporting.regime.Indicator;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An aggregated report as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet software reads
 * the Vietnamese right): one line per figure — the total of the recipient ({@code scope=total}),
 * then each reporter's own figures ({@code scope=reporter}) with its status.
 */
final class CsvExport {

    static final String HEADER = "regime,period,scope,agency,agency_name,level,status,indicator,indicator_name,unit,row,column,value";

    private CsvExport() {
    }

    static byte[] write(Aggregate a, AgencyTree names) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        lines(csv, a, "total", a.root(), null, a.root().values(), names);
        for (AggregateNode n : a.root().flatten()) {
            if (n.unit().isPresent()) {
                UnitReport u = n.unit().get();
                lines(csv, a, "reporter", n, u, u.own(), names);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void lines(StringBuilder csv, Aggregate a, String scope, AggregateNode node, UnitReport unit, ReportData data,
                              AgencyTree names) {
        String name = names.find(node.agency()).map(AgencyTree.Node::name).orElse("");
        String level = unit == null ? "" : String.valueOf(unit.level());
        String status = unit == null ? "" : unit.status(a.asOf()).name();
        if (data.isEmpty() && unit != null) {
            row(csv, List.of(a.period().regimeCode(), a.period().key().text(), scope, node.agency().value(), name, level, status,
                    "", "", "", "", "", ""));
            return;
        }
        for (Cell cell : data.cells()) {
            Indicator indicator = a.regime().indicator(cell.indicator()).orElse(null);
            String value = data.number(cell).map(n -> n.stripTrailingZeros().toPlainString()).orElseGet(() -> data.text(cell).orElse(""));
            row(csv, List.of(a.period().regimeCode(), a.period().key().text(), scope, node.agency().value(), name, level, status,
                    cell.indicator(), indicator == null ? "" : indicator.name().vi(),
                    indicator == null || indicator.unit() == null ? "" : indicator.unit(), cell.row(), cell.column(), value));
        }
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                csv.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(f);
            }
        }
        csv.append("\r\n");
    }

}
